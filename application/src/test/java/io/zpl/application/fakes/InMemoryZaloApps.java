package io.zpl.application.fakes;

import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryZaloApps implements ZaloApps {

    private final Map<ZaloAppId, ZaloApp> apps = new ConcurrentHashMap<>();
    private final Map<ZaloAppId, ZaloAppSecrets> secrets = new ConcurrentHashMap<>();

    @Override
    public List<ZaloApp> all() {
        return List.copyOf(apps.values());
    }

    @Override
    public Optional<ZaloApp> find(ZaloAppId id) {
        return Optional.ofNullable(apps.get(id));
    }

    @Override
    public void save(ZaloApp app, ZaloAppSecrets appSecrets) {
        apps.put(app.id(), app);
        secrets.put(app.id(), appSecrets);
    }

    @Override
    public Optional<ZaloAppSecrets> secrets(ZaloAppId id) {
        return Optional.ofNullable(secrets.get(id));
    }
}
