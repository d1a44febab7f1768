package io.zpl.application.fakes;

import io.zpl.application.port.out.ZaloTokens;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.zalo.OaId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Token pairs per OA; the "lock" is the fake's monitor, and a replaced pair ends the pending authorisation. */
public final class InMemoryZaloTokens implements ZaloTokens {

    private final Map<OaId, OaTokens> pairs = new ConcurrentHashMap<>();
    private Optional<PendingAuthorization> pending = Optional.empty();

    public void store(OaId oa, OaTokens tokens) {
        pairs.put(oa, tokens);
    }

    public Optional<PendingAuthorization> pending() {
        return pending;
    }

    @Override
    public Optional<OaTokens> find(OaId oa) {
        return Optional.ofNullable(pairs.get(oa));
    }

    @Override
    public synchronized TokenDecision underLock(OaId oa, Function<Optional<OaTokens>, TokenDecision> decide) {
        var decision = decide.apply(find(oa));
        if (decision instanceof TokenDecision.Replace replace) {
            pairs.put(oa, replace.tokens());
            pending = Optional.empty();
        }
        return decision;
    }

    @Override
    public void startAuthorization(OaId oa, PendingAuthorization started) {
        pending = Optional.of(started);
    }

    @Override
    public Optional<PendingAuthorization> pendingAuthorization(String state) {
        return pending.filter(p -> p.state().equals(state));
    }
}
