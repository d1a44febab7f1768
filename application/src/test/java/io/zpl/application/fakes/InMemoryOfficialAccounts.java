package io.zpl.application.fakes;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryOfficialAccounts implements OfficialAccounts {

    private final Map<OaId, OfficialAccount> accounts = new ConcurrentHashMap<>();

    @Override
    public List<OfficialAccount> all() {
        return accounts.values().stream()
                .sorted(Comparator.comparing(OfficialAccount::name))
                .toList();
    }

    @Override
    public Optional<OfficialAccount> find(OaId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public void save(OfficialAccount account) {
        accounts.put(account.id(), account);
    }
}
