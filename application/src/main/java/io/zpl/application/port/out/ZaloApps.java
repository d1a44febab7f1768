package io.zpl.application.port.out;

import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;
import java.util.Optional;

public interface ZaloApps {
    List<ZaloApp> all();

    Optional<ZaloApp> find(ZaloAppId id);

    /** Inserts or updates the App with its secrets, which the adapter encrypts at rest. */
    void save(ZaloApp app, ZaloAppSecrets secrets);

    Optional<ZaloAppSecrets> secrets(ZaloAppId id);
}
