package io.zpl.domain.link;

import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloErrorClass;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.Service;
import org.jspecify.annotations.Nullable;

/** The rules of Sync Profile on one link: what a fresh profile replaces, and what a refusal records. */
@Service
public final class ProfileSync {

    private ProfileSync() {}

    /** The link after a successful sync, and the name/avatar it showed before if either changed. */
    public record Synced(ZaloPartnerLink link, Optional<ProfileChange> replaced) {}

    public static Synced apply(ZaloPartnerLink link, FetchedProfile fetched, Instant now) {
        ZaloProfile old = link.profile();
        ZaloProfile fresh = fetched.profile();
        var profile = new ZaloProfile(
                fresh.displayName() != null ? fresh.displayName() : old.displayName(),
                fresh.avatarUrl() != null ? fresh.avatarUrl() : old.avatarUrl(),
                fresh.alias(),
                fresh.follower() != null ? fresh.follower() : old.follower(),
                fresh.lastInteractionAt() != null ? fresh.lastInteractionAt() : old.lastInteractionAt(),
                // shared info comes only once the person shared it with this OA; an absent block is no news
                fresh.sharedPhone() != null ? fresh.sharedPhone() : old.sharedPhone(),
                fresh.sharedName() != null ? fresh.sharedName() : old.sharedName(),
                fresh.sharedAddress() != null ? fresh.sharedAddress() : old.sharedAddress());
        boolean changed = (old.displayName() != null || old.avatarUrl() != null)
                && (!Objects.equals(old.displayName(), profile.displayName())
                        || !Objects.equals(old.avatarUrl(), profile.avatarUrl()));
        var updated = new ZaloPartnerLink(
                link.id(),
                link.oaId(),
                link.zaloUserId(),
                link.appId(),
                fetched.userIdByApp() != null ? fetched.userIdByApp() : link.userIdByApp(),
                link.partnerId(),
                profile,
                link.messages(),
                new SyncState(now, now, SyncOutcome.OK, null, null));
        return new Synced(
                updated,
                changed ? Optional.of(new ProfileChange(old.displayName(), old.avatarUrl(), now)) : Optional.empty());
    }

    /** The link after a failed sync; a "not a follower" answer also clears the follower flag. */
    public static ZaloPartnerLink failed(
            ZaloPartnerLink link, SyncOutcome outcome, @Nullable ZaloError error, String detail, Instant now) {
        if (outcome == SyncOutcome.OK) {
            throw new IllegalArgumentException("a failed sync needs a failure outcome");
        }
        ZaloProfile profile = link.profile();
        if (error != null && error.kind() == ZaloErrorClass.USER && (error.code() == -213 || error.code() == -217)) {
            profile = profile.withFollower(false);
        }
        var sync = new SyncState(
                link.sync().profileSyncedAt(), now, outcome, error == null ? null : error.code(), abbreviate(detail));
        return new ZaloPartnerLink(
                link.id(),
                link.oaId(),
                link.zaloUserId(),
                link.appId(),
                link.userIdByApp(),
                link.partnerId(),
                profile,
                link.messages(),
                sync);
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
