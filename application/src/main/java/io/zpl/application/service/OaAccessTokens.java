package io.zpl.application.service;

import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands out usable OA access tokens. Refresh tokens are single use, so a refresh happens only under the OA's lock,
 * after re-reading the pair (someone else may just have refreshed it), and the new pair is stored before the lock is
 * released and before anyone uses it. A refused refresh expires the OA with the reason.
 */
public final class OaAccessTokens {

    /** Whether a token can be used, and if not, whose move it is. */
    public sealed interface TokenAnswer {
        record Usable(OaTokens tokens) implements TokenAnswer {}

        /** The OA must be connected again by an admin. */
        record NeedsAdmin(String reason) implements TokenAnswer {}

        /** Zalo's OAuth could not be reached; try again later. */
        record Unavailable(String reason) implements TokenAnswer {}
    }

    private final ZaloTokens tokens;
    private final ZaloOAuth oauth;
    private final ZaloApps apps;
    private final OfficialAccounts accounts;
    private final Clock clock;
    private final Duration refreshAhead;

    public OaAccessTokens(
            ZaloTokens tokens,
            ZaloOAuth oauth,
            ZaloApps apps,
            OfficialAccounts accounts,
            Clock clock,
            Duration refreshAhead) {
        this.tokens = tokens;
        this.oauth = oauth;
        this.apps = apps;
        this.accounts = accounts;
        this.clock = clock;
        this.refreshAhead = refreshAhead;
    }

    /** The OA's token, refreshed first when it expires within the refresh-ahead margin. */
    public TokenAnswer current(OfficialAccount oa) {
        if (!oa.status().canCallZalo()) {
            return notConnected(oa);
        }
        Optional<OaTokens> pair = tokens.find(oa.id());
        if (pair.isEmpty()) {
            return new TokenAnswer.NeedsAdmin("The " + oa.name() + " has no Zalo token yet: connect it first.");
        }
        if (pair.get().expiresWithin(refreshAhead, clock.now())) {
            return refresh(oa, pair.get().version());
        }
        return new TokenAnswer.Usable(pair.get());
    }

    /**
     * Refreshes the pair that Zalo rejected or that is about to expire, unless the stored version moved on since
     * {@code seenVersion} (another thread or node refreshed it): then the newer pair is used as it is.
     */
    public TokenAnswer refresh(OfficialAccount oa, int seenVersion) {
        var failure = new AtomicReference<TokenAnswer>();
        TokenDecision decision = tokens.underLock(oa.id(), stored -> {
            if (stored.isEmpty()) {
                return new TokenDecision.Expire("The " + oa.name() + " has no Zalo token: connect it again.");
            }
            OaTokens pair = stored.get();
            if (pair.version() != seenVersion && !pair.expiresWithin(Duration.ZERO, clock.now())) {
                return new TokenDecision.Keep(stored);
            }
            if (pair.refreshExpiresAt() != null && !pair.refreshExpiresAt().isAfter(clock.now())) {
                return new TokenDecision.Expire(
                        "The " + oa.name() + "'s Zalo authorisation ran out (3 months): connect it again.");
            }
            var secrets = apps.secrets(oa.appId());
            if (secrets.isEmpty()) {
                return new TokenDecision.Expire("The Zalo App " + oa.appId() + " of the " + oa.name() + " is missing.");
            }
            var answer = oauth.refresh(oa.appId(), secrets.get().appSecret(), pair.refreshToken());
            return switch (answer) {
                case GrantAnswer.Granted granted ->
                    new TokenDecision.Replace(OaTokens.issued(
                            granted.accessToken(),
                            granted.refreshToken(),
                            granted.expiresIn(),
                            clock.now(),
                            pair.version() + 1));
                case GrantAnswer.Refused refused ->
                    new TokenDecision.Expire("Zalo refused to refresh the " + oa.name() + "'s token ("
                            + refused.reason() + "): connect the OA again.");
                case GrantAnswer.Unreachable unreachable -> {
                    failure.set(new TokenAnswer.Unavailable(
                            "Zalo's login service could not refresh the token: " + unreachable.reason()));
                    yield new TokenDecision.Keep(stored);
                }
            };
        });
        if (failure.get() != null) {
            return failure.get();
        }
        return switch (decision) {
            case TokenDecision.Replace replaced -> new TokenAnswer.Usable(replaced.tokens());
            case TokenDecision.Keep kept ->
                kept.tokens()
                        .<TokenAnswer>map(TokenAnswer.Usable::new)
                        .orElseGet(() -> new TokenAnswer.NeedsAdmin("The " + oa.name() + " has no Zalo token."));
            case TokenDecision.Expire expired -> new TokenAnswer.NeedsAdmin(expired.reason());
        };
    }

    private TokenAnswer notConnected(OfficialAccount oa) {
        var current = accounts.find(oa.id()).orElse(oa);
        String reason = current.statusReason() != null
                ? current.statusReason()
                : "The " + current.name() + " is " + current.status() + ": connect it first.";
        return new TokenAnswer.NeedsAdmin(reason);
    }
}
