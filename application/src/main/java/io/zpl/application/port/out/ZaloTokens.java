package io.zpl.application.port.out;

import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The OAs' token pairs (encrypted at rest) and pending OAuth authorisations. */
public interface ZaloTokens {

    Optional<OaTokens> find(OaId oa);

    /**
     * Runs {@code decide} while holding a lock on the OA that every node respects (a row lock), with the pair as it
     * is now, and stores its decision in the same transaction before the lock is released.
     */
    TokenDecision underLock(OaId oa, Function<Optional<OaTokens>, TokenDecision> decide);

    /** What to do with an OA's token pair, decided under the lock. */
    sealed interface TokenDecision {
        /** Leave the pair as it is and use this one. */
        record Keep(Optional<OaTokens> tokens) implements TokenDecision {}

        /** Store the new pair (its version one above the old), mark the OA CONNECTED. */
        record Replace(OaTokens tokens) implements TokenDecision {}

        /** Mark the OA EXPIRED with the reason; the pair is useless. */
        record Expire(String reason) implements TokenDecision {}
    }

    void startAuthorization(OaId oa, PendingAuthorization pending);

    Optional<PendingAuthorization> pendingAuthorization(String state);

    /** A PKCE authorisation started by an admin, waiting for Zalo's callback. */
    record PendingAuthorization(OaId oaId, String state, String codeVerifier, Instant startedAt) {
        @Override
        public String toString() {
            return "PendingAuthorization[" + oaId + ", started " + startedAt + "]";
        }
    }
}
