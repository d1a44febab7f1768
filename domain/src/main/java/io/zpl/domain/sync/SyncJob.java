package io.zpl.domain.sync;

import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * A bulk Sync Profile over one OA's links, stored so that any node may run it and a restart resumes it.
 *
 * @param cursor the last link id handled; links are visited in id order
 * @param resumeAt when a paused job may run again by itself; null while it waits for an admin
 */
@AggregateRoot
public record SyncJob(
        @Identity SyncJobId id,
        OaId oaId,
        SyncScope scope,
        SyncJobState state,
        int total,
        int done,
        int failed,
        long cursor,
        @Nullable String pausedReason,
        @Nullable Instant resumeAt,
        String createdBy,
        Instant createdAt) {

    public int remaining() {
        return Math.max(0, total - done - failed);
    }
}
