package io.zpl.config;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The send guard reads the OA on every resolve; its name and status change rarely. Saves through this node are seen at
 * once; a change made elsewhere (another node, a token refresh failing) within {@code remember}.
 */
final class RecentOfficialAccounts implements OfficialAccounts {

    private final OfficialAccounts delegate;
    private final RecentValues<OaId, OfficialAccount> recent;

    RecentOfficialAccounts(OfficialAccounts delegate, Duration remember, Clock clock) {
        this.delegate = delegate;
        this.recent = new RecentValues<>(remember, clock);
    }

    @Override
    public List<OfficialAccount> all() {
        return delegate.all();
    }

    @Override
    public Optional<OfficialAccount> find(OaId id) {
        return Optional.ofNullable(recent.get(id, key -> delegate.find(key).orElse(null)));
    }

    @Override
    public void save(OfficialAccount account) {
        recent.forget(account.id());
        delegate.save(account);
    }
}
