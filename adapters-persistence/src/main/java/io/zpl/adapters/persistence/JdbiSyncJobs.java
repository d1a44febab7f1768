package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.SyncJobs;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncJobState;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;

/** Sync jobs in {@code sync_job}; claims lock the job row with {@code FOR UPDATE SKIP LOCKED}. */
public final class JdbiSyncJobs implements SyncJobs {

    private static final RowMapper<SyncJob> JOB = (rs, ctx) -> new SyncJob(
            new SyncJobId(rs.getLong("job_id")),
            new OaId(rs.getString("oa_id")),
            SyncScope.valueOf(rs.getString("scope")),
            SyncJobState.valueOf(rs.getString("state")),
            rs.getInt("total"),
            rs.getInt("done"),
            rs.getInt("failed"),
            rs.getLong("cursor_link_id"),
            rs.getString("paused_reason"),
            instant(rs, "resume_at"),
            rs.getString("created_by"),
            instant(rs, "created_at"));

    /** Links in a job's scope; the stale test repeats the audit's rule (never synced, or synced before the cut). */
    private static final String IN_SCOPE = """
            oa_id = :oa AND (:all OR profile_synced_at IS NULL OR profile_synced_at < :staleBefore)
            """;

    private final Jdbi jdbi;

    public JdbiSyncJobs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public SyncJob create(OaId oa, SyncScope scope, Instant staleBefore, String createdBy) {
        long id = jdbi.inTransaction(h -> {
            int total = h.createQuery("SELECT COUNT(*) FROM partner_link WHERE " + IN_SCOPE)
                    .bind("oa", oa.value())
                    .bind("all", scope == SyncScope.ALL)
                    .bind("staleBefore", utc(staleBefore))
                    .mapTo(Integer.class)
                    .one();
            return h.createUpdate("""
                            INSERT INTO sync_job (oa_id, scope, state, total, created_by, created_at, updated_at)
                            VALUES (:oa, :scope, 'QUEUED', :total, :by, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """)
                    .bind("oa", oa.value())
                    .bind("scope", scope.name())
                    .bind("total", total)
                    .bind("by", createdBy)
                    .executeAndReturnGeneratedKeys("job_id")
                    .mapTo(Long.class)
                    .one();
        });
        return find(new SyncJobId(id)).orElseThrow();
    }

    @Override
    public Optional<SyncJob> find(SyncJobId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sync_job WHERE job_id = :id")
                .bind("id", id.value())
                .map(JOB)
                .findOne());
    }

    @Override
    public Optional<SyncJob> latest(OaId oa) {
        return jdbi.withHandle(
                h -> h.createQuery("SELECT * FROM sync_job WHERE oa_id = :oa ORDER BY job_id DESC LIMIT 1")
                        .bind("oa", oa.value())
                        .map(JOB)
                        .findOne());
    }

    @Override
    public Optional<SyncJob> claim(String node, Instant now, Instant leaseUntil) {
        List<Long> candidates = jdbi.withHandle(
                h -> h.createQuery("""
                        SELECT j.job_id FROM sync_job j JOIN official_account o ON o.oa_id = j.oa_id
                        WHERE j.state = 'QUEUED'
                           OR (j.state = 'RUNNING' AND j.claimed_until < :now)
                           OR (j.state = 'PAUSED' AND o.status = 'CONNECTED' AND (j.resume_at IS NULL OR j.resume_at <= :now))
                        ORDER BY j.job_id LIMIT 10
                        """).bind("now", utc(now)).mapTo(Long.class).list());
        for (long candidate : candidates) {
            Optional<SyncJob> claimed = jdbi.inTransaction(h -> claimOne(h, candidate, node, now, leaseUntil));
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    private static Optional<SyncJob> claimOne(Handle h, long id, String node, Instant now, Instant leaseUntil) {
        var locked =
                h.createQuery("""
                        SELECT * FROM sync_job WHERE job_id = :id AND (state = 'QUEUED'
                            OR (state = 'PAUSED' AND (resume_at IS NULL OR resume_at <= :now))
                            OR (state = 'RUNNING' AND claimed_until < :now))
                        FOR UPDATE SKIP LOCKED
                        """).bind("id", id).bind("now", utc(now)).map(JOB).findOne();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        h.createUpdate("""
                        UPDATE sync_job SET state = 'RUNNING', claimed_by = :node, claimed_until = :until,
                            paused_reason = NULL, resume_at = NULL, updated_at = UTC_TIMESTAMP(6)
                        WHERE job_id = :id
                        """)
                .bind("id", id)
                .bind("node", node)
                .bind("until", utc(leaseUntil))
                .execute();
        var job = locked.get();
        return Optional.of(new SyncJob(
                job.id(),
                job.oaId(),
                job.scope(),
                SyncJobState.RUNNING,
                job.total(),
                job.done(),
                job.failed(),
                job.cursor(),
                null,
                null,
                job.createdBy(),
                job.createdAt()));
    }

    @Override
    public List<LinkId> nextLinks(SyncJob job, Instant staleBefore, long afterLink, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT link_id FROM partner_link WHERE " + IN_SCOPE
                        + " AND link_id > :after ORDER BY link_id LIMIT :limit")
                .bind("oa", job.oaId().value())
                .bind("all", job.scope() == SyncScope.ALL)
                .bind("staleBefore", utc(staleBefore))
                .bind("after", afterLink)
                .bind("limit", limit)
                .map((rs, ctx) -> new LinkId(rs.getLong(1)))
                .list());
    }

    @Override
    public boolean progress(SyncJobId id, String node, long cursor, int done, int failed, Instant leaseUntil) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                UPDATE sync_job SET cursor_link_id = :cursor, done = done + :done,
                                    failed = failed + :failed, claimed_until = :until, updated_at = UTC_TIMESTAMP(6)
                                WHERE job_id = :id AND state = 'RUNNING' AND claimed_by = :node
                                """)
                        .bind("id", id.value())
                        .bind("node", node)
                        .bind("cursor", cursor)
                        .bind("done", done)
                        .bind("failed", failed)
                        .bind("until", utc(leaseUntil))
                        .execute())
                > 0;
    }

    @Override
    public void pause(SyncJobId id, String node, String reason, @Nullable Instant resumeAt) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE sync_job SET state = 'PAUSED', paused_reason = :reason, resume_at = :resumeAt,
                            claimed_by = NULL, claimed_until = NULL, updated_at = UTC_TIMESTAMP(6)
                        WHERE job_id = :id AND state = 'RUNNING' AND claimed_by = :node
                        """)
                .bind("id", id.value())
                .bind("node", node)
                .bind("reason", reason.length() <= 500 ? reason : reason.substring(0, 499) + "…")
                .bind("resumeAt", utc(resumeAt))
                .execute());
    }

    @Override
    public void finish(SyncJobId id, String node) {
        jdbi.useHandle(h ->
                h.createUpdate("""
                        UPDATE sync_job SET state = 'DONE', claimed_by = NULL, claimed_until = NULL,
                            paused_reason = NULL, resume_at = NULL, updated_at = UTC_TIMESTAMP(6)
                        WHERE job_id = :id AND state = 'RUNNING' AND claimed_by = :node
                        """).bind("id", id.value()).bind("node", node).execute());
    }

    @Override
    public boolean cancel(SyncJobId id) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                UPDATE sync_job SET state = 'CANCELLED', claimed_by = NULL, claimed_until = NULL,
                                    resume_at = NULL, updated_at = UTC_TIMESTAMP(6)
                                WHERE job_id = :id AND state NOT IN ('DONE', 'CANCELLED')
                                """).bind("id", id.value()).execute()) > 0;
    }
}
