package io.zpl.application.service;

import io.zpl.application.port.in.SyncProfile.SyncResult;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.LinkSyncs.SyncWrite;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ProfileAnswer;
import io.zpl.application.port.out.ZaloProfiles;
import io.zpl.application.service.OaAccessTokens.TokenAnswer;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ProfileSync;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloErrorClass;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sync Profile of one link, shared by the button and the bulk job: token, call, refresh-once-retry-once on a token
 * error, and the outcome recorded on the link. When the OA or Zalo cannot serve anyone for now it halts instead, so
 * a bulk job pauses rather than failing every remaining link.
 */
public final class ProfileSyncer {

    /** How one link's sync ended. */
    public sealed interface Attempt {
        /** An outcome for this link, to record on it with the name/avatar it replaced. */
        record Finished(SyncResult result, Optional<ProfileChange> replaced) implements Attempt {
            SyncWrite write() {
                return new SyncWrite(result.link(), replaced);
            }
        }

        /** Nothing can be synced on this OA for now; {@code resumeAt} null means an admin must act. */
        record Halted(
                SyncOutcome outcome,
                String reason,
                @Nullable Instant resumeAt) implements Attempt {}
    }

    static final Duration QUOTA_PAUSE = Duration.ofMinutes(10);
    static final Duration RETRY_PAUSE = Duration.ofMinutes(1);

    private final OaAccessTokens tokens;
    private final ZaloProfiles profiles;
    private final LinkSyncs syncs;
    private final OfficialAccounts accounts;
    private final Clock clock;

    public ProfileSyncer(
            OaAccessTokens tokens, ZaloProfiles profiles, LinkSyncs syncs, OfficialAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.profiles = profiles;
        this.syncs = syncs;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Sync of one link with its outcome stored at once: the Sync Profile button. */
    Attempt attempt(ZaloPartnerLink link, OfficialAccount oa) {
        var attempt = on(oa).attempt(link);
        if (attempt instanceof Attempt.Finished finished) {
            syncs.store(finished.write());
        }
        return attempt;
    }

    /**
     * Syncs of links of one OA that share the token read once (and any refresh of it), without storing outcomes: a
     * bulk job stores them in batches.
     */
    OnOa on(OfficialAccount oa) {
        return new OnOa(oa, tokens.current(oa));
    }

    /** Links of one OA synced concurrently; safe to use from many threads. */
    final class OnOa {
        private final OfficialAccount oa;
        private volatile TokenAnswer token;

        private OnOa(OfficialAccount oa, TokenAnswer token) {
            this.oa = oa;
            this.token = token;
        }

        /** A {@link Attempt.Finished finished} attempt's outcome is the caller's to store. */
        Attempt attempt(ZaloPartnerLink link) {
            if (!(token instanceof TokenAnswer.Usable usable)) {
                return halted(token);
            }
            var answer = profiles.fetch(call(oa, usable.tokens()), link.zaloUserId());
            if (answer instanceof ProfileAnswer.Refused refused
                    && refused.error().kind() == ZaloErrorClass.TOKEN) {
                var refreshed = tokens.refresh(oa, usable.tokens().version());
                if (!(refreshed instanceof TokenAnswer.Usable fresh)) {
                    return halted(refreshed);
                }
                token = fresh;
                answer = profiles.fetch(call(oa, fresh.tokens()), link.zaloUserId());
                if (answer instanceof ProfileAnswer.Refused again
                        && again.error().kind() == ZaloErrorClass.TOKEN) {
                    return new Attempt.Halted(
                            SyncOutcome.OA_ERROR,
                            "Zalo rejected the " + oa.name() + "'s token even right after a refresh: "
                                    + again.error().plainWords() + ". Trying again in a minute.",
                            clock.now().plus(RETRY_PAUSE));
                }
            }
            return switch (answer) {
                case ProfileAnswer.Found found -> {
                    var synced = ProfileSync.apply(link, found.profile(), clock.now());
                    yield new Attempt.Finished(
                            new SyncResult(SyncOutcome.OK, null, "Profile updated from Zalo.", synced.link()),
                            synced.replaced());
                }
                case ProfileAnswer.Refused refused -> refusedBy(refused.error(), link, oa);
                case ProfileAnswer.GaveUp gaveUp -> {
                    String detail = "Zalo kept failing after " + gaveUp.attempts() + " attempts"
                            + (gaveUp.lastError() == null
                                    ? ""
                                    : " (last: " + gaveUp.lastError().plainWords() + ")")
                            + "; try again later.";
                    yield fail(link, SyncOutcome.TRANSIENT_GAVE_UP, gaveUp.lastError(), detail);
                }
                case ProfileAnswer.Unavailable unavailable ->
                    new Attempt.Halted(SyncOutcome.TRANSIENT_GAVE_UP, unavailable.reason(), unavailable.retryAt());
            };
        }
    }

    private Attempt refusedBy(ZaloError error, ZaloPartnerLink link, OfficialAccount oa) {
        return switch (error.kind()) {
            case USER -> fail(link, SyncOutcome.USER_ERROR, error, sentence(error.plainWords(), oa));
            case OA_ADMIN -> {
                String reason = sentence(error.plainWords(), oa) + " An admin must fix this on Zalo, then reconnect.";
                accounts.save(oa.failed(OaStatus.ERROR, reason));
                // a halt is not the caller's to store, yet the link shows why it failed
                syncs.store(fail(link, SyncOutcome.OA_ERROR, error, reason).write());
                yield new Attempt.Halted(SyncOutcome.OA_ERROR, reason, null);
            }
            case QUOTA ->
                new Attempt.Halted(
                        SyncOutcome.TRANSIENT_GAVE_UP,
                        sentence(error.plainWords(), oa) + " Waiting before trying again.",
                        clock.now().plus(QUOTA_PAUSE));
            case TOKEN, TRANSIENT ->
                fail(link, SyncOutcome.TRANSIENT_GAVE_UP, error, error.plainWords() + "; try again later.");
        };
    }

    private Attempt.Finished fail(ZaloPartnerLink link, SyncOutcome outcome, @Nullable ZaloError error, String detail) {
        var failed = ProfileSync.failed(link, outcome, error, detail, clock.now());
        return new Attempt.Finished(new SyncResult(outcome, error, detail, failed), Optional.empty());
    }

    private Attempt halted(TokenAnswer token) {
        return switch (token) {
            case TokenAnswer.NeedsAdmin admin -> new Attempt.Halted(SyncOutcome.OA_ERROR, admin.reason(), null);
            case TokenAnswer.Unavailable unavailable ->
                new Attempt.Halted(
                        SyncOutcome.TRANSIENT_GAVE_UP,
                        unavailable.reason(),
                        clock.now().plus(RETRY_PAUSE));
            case TokenAnswer.Usable usable -> throw new IllegalStateException("a usable token does not halt");
        };
    }

    /** "this person no longer follows the OA (Zalo error -213)" → "This person no longer follows the Sales OA (…)." */
    static String sentence(String words, OfficialAccount oa) {
        String named = words.replace("the OA", "the " + oa.name());
        return Character.toUpperCase(named.charAt(0)) + named.substring(1) + ".";
    }

    private static OaCall call(OfficialAccount oa, OaTokens tokens) {
        return new OaCall(oa.id(), oa.appId(), tokens.accessToken());
    }
}
