package io.zpl.domain.link;

import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** When the link's profile was last refreshed from Zalo, and how the last attempt ended. */
@ValueObject
public record SyncState(
        @Nullable Instant profileSyncedAt,
        @Nullable Instant lastAttemptAt,
        @Nullable SyncOutcome lastOutcome,
        @Nullable Integer zaloErrorCode,
        @Nullable String zaloErrorMessage) {

    public static SyncState never() {
        return new SyncState(null, null, null, null, null);
    }
}
