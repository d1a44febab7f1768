package io.zpl.application.port.out;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Bulk Sync Profile jobs in the database, claimed with row locks that skip each other so any node may run one. */
public interface SyncJobs {

    /** Counts the links in scope now and stores a QUEUED job over them. */
    SyncJob create(OaId oa, SyncScope scope, Instant staleBefore, String createdBy);

    Optional<SyncJob> find(SyncJobId id);

    /** The OA's most recent job, finished or not. */
    Optional<SyncJob> latest(OaId oa);

    /**
     * Takes one runnable job (queued, running with an expired lease, or paused with its resume time passed and its
     * OA connected) for {@code node} until {@code leaseUntil}, skipping jobs another node holds; it becomes RUNNING.
     */
    Optional<SyncJob> claim(String node, Instant now, Instant leaseUntil);

    /** The next links in the job's scope after {@code afterLink}, in id order. */
    List<LinkId> nextLinks(SyncJob job, Instant staleBefore, long afterLink, int limit);

    /**
     * Adds progress and extends the lease while {@code node} still holds the running job; false when the job was
     * cancelled or taken away (then the caller stops).
     */
    boolean progress(SyncJobId id, String node, long cursor, int done, int failed, Instant leaseUntil);

    void pause(SyncJobId id, String node, String reason, @Nullable Instant resumeAt);

    void finish(SyncJobId id, String node);

    /** False when the job had already finished. */
    boolean cancel(SyncJobId id);
}
