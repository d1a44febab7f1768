package io.zpl.domain.link;

import io.zpl.domain.partner.PhoneNumber;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What Zalo last told us about the person behind a link, as cached on the link. */
@ValueObject
public record ZaloProfile(
        @Nullable String displayName,
        @Nullable String avatarUrl,
        @Nullable String alias,
        @Nullable Boolean follower,
        @Nullable Instant lastInteractionAt,
        @Nullable PhoneNumber sharedPhone,
        @Nullable String sharedName,
        @Nullable String sharedAddress) {

    public static ZaloProfile unknown() {
        return new ZaloProfile(null, null, null, null, null, null, null, null);
    }

    public ZaloProfile withDisplayName(@Nullable String name) {
        return new ZaloProfile(
                name, avatarUrl, alias, follower, lastInteractionAt, sharedPhone, sharedName, sharedAddress);
    }

    public ZaloProfile withFollower(boolean following) {
        return new ZaloProfile(
                displayName, avatarUrl, alias, following, lastInteractionAt, sharedPhone, sharedName, sharedAddress);
    }

    /** The latest interaction wins, whatever order the events arrive in. */
    public ZaloProfile withInteractionAt(Instant at) {
        Instant latest = lastInteractionAt == null || at.isAfter(lastInteractionAt) ? at : lastInteractionAt;
        return new ZaloProfile(displayName, avatarUrl, alias, follower, latest, sharedPhone, sharedName, sharedAddress);
    }

    /** What the person shared through Zalo; parts left out keep their current value. */
    public ZaloProfile withSharedInfo(@Nullable PhoneNumber phone, @Nullable String name, @Nullable String address) {
        return new ZaloProfile(
                displayName,
                avatarUrl,
                alias,
                follower,
                lastInteractionAt,
                phone != null ? phone : sharedPhone,
                name != null ? name : sharedName,
                address != null ? address : sharedAddress);
    }
}
