package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.RunSyncJobs;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.SyncJobs;
import io.zpl.application.service.ProfileSyncer.Attempt;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Bulk Sync Profile: jobs stored in the database, claimed by any node, worked through in link-id order in batches
 * synced concurrently, paused (with the reason) when Zalo or the OA cannot serve, and resumed from the cursor.
 */
public final class SyncJobService implements StartSyncJob, ViewSyncJobs, CancelSyncJob, RunSyncJobs {

    /** How the runner works: links per batch, links in flight at once, how long a claim lasts without progress. */
    public record Settings(int batchSize, int parallelism, Duration lease) {
        public Settings {
            if (batchSize < 1 || parallelism < 1 || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("sync job settings must be positive");
            }
        }
    }

    private final SyncJobs jobs;
    private final PartnerLinks links;
    private final OfficialAccounts accounts;
    private final ProfileSyncer syncer;
    private final AuditPolicy policy;
    private final Clock clock;
    private final ExecutorService executor;
    private final Settings settings;

    public SyncJobService(
            SyncJobs jobs,
            PartnerLinks links,
            OfficialAccounts accounts,
            ProfileSyncer syncer,
            AuditPolicy policy,
            Clock clock,
            ExecutorService executor,
            Settings settings) {
        this.jobs = jobs;
        this.links = links;
        this.accounts = accounts;
        this.syncer = syncer;
        this.policy = policy;
        this.clock = clock;
        this.executor = executor;
        this.settings = settings;
    }

    @Override
    public SyncJob start(Actor actor, OaId oa, SyncScope scope) {
        actor.require(Role.ZALO_ADMIN);
        var account = accounts.find(oa)
                .orElseThrow(() -> new NotFound("OA_NOT_FOUND", "There is no Official Account " + oa + "."));
        var running = jobs.latest(oa).filter(job -> !job.state().isFinished());
        if (running.isPresent()) {
            return running.get();
        }
        if (!account.status().canCallZalo()) {
            throw new IllegalArgumentException("The " + account.name() + " is " + account.status()
                    + (account.statusReason() == null ? "" : " (" + account.statusReason() + ")")
                    + ": connect it before syncing profiles.");
        }
        var now = clock.now();
        return jobs.create(oa, scope, policy.staleBefore(now), actor.username());
    }

    @Override
    public SyncJob view(Actor actor, SyncJobId id) {
        actor.require(Role.ZALO_ADMIN);
        return job(id);
    }

    @Override
    public Optional<SyncJob> latest(Actor actor, OaId oa) {
        actor.require(Role.ZALO_ADMIN);
        return jobs.latest(oa);
    }

    @Override
    public SyncJob cancel(Actor actor, SyncJobId id) {
        actor.require(Role.ZALO_ADMIN);
        job(id);
        jobs.cancel(id);
        return job(id);
    }

    @Override
    public boolean runOne(String node) {
        var claimed = jobs.claim(node, clock.now(), clock.now().plus(settings.lease()));
        if (claimed.isEmpty()) {
            return false;
        }
        work(claimed.get(), node);
        return true;
    }

    private void work(SyncJob job, String node) {
        var staleBefore = policy.staleBefore(job.createdAt());
        long cursor = job.cursor();
        while (true) {
            var oa = accounts.find(job.oaId());
            if (oa.isEmpty()) {
                jobs.pause(job.id(), node, "The Official Account no longer exists.", null);
                return;
            }
            List<LinkId> batch = jobs.nextLinks(job, staleBefore, cursor, settings.batchSize());
            if (batch.isEmpty()) {
                jobs.finish(job.id(), node);
                return;
            }
            var outcomes = syncAll(batch, oa.get());
            int done = 0;
            int failed = 0;
            Attempt.Halted halt = null;
            for (int i = 0; i < batch.size(); i++) {
                // progress only over the prefix handled without a halt, so a resumed job redoes nothing it counted
                if (outcomes.get(i) instanceof Attempt.Halted halted) {
                    halt = halted;
                    break;
                }
                cursor = batch.get(i).value();
                if (outcomes.get(i) instanceof Attempt.Finished finished
                        && finished.result().outcome() == SyncOutcome.OK) {
                    done++;
                } else {
                    failed++;
                }
            }
            boolean stillOurs = jobs.progress(
                    job.id(), node, cursor, done, failed, clock.now().plus(settings.lease()));
            if (!stillOurs) {
                return;
            }
            if (halt != null) {
                jobs.pause(job.id(), node, halt.reason(), halt.resumeAt());
                return;
            }
        }
    }

    /**
     * Syncs the batch (read in one query) with at most {@code parallelism} links in flight; a vanished link answers
     * null.
     */
    private List<@Nullable Attempt> syncAll(List<LinkId> batch, OfficialAccount oa) {
        Map<LinkId, ZaloPartnerLink> found =
                links.find(batch).stream().collect(Collectors.toMap(ZaloPartnerLink::id, link -> link));
        var permits = new Semaphore(settings.parallelism());
        List<Future<@Nullable Attempt>> futures = new ArrayList<>(batch.size());
        for (LinkId id : batch) {
            ZaloPartnerLink link = found.get(id);
            if (link == null) {
                futures.add(CompletableFuture.completedFuture(null));
                continue;
            }
            permits.acquireUninterruptibly();
            futures.add(executor.submit(() -> {
                try {
                    return syncer.attempt(link, oa);
                } finally {
                    permits.release();
                }
            }));
        }
        List<@Nullable Attempt> outcomes = new ArrayList<>(batch.size());
        for (Future<@Nullable Attempt> future : futures) {
            outcomes.add(await(future));
        }
        return outcomes;
    }

    private static @Nullable Attempt await(Future<@Nullable Attempt> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while syncing profiles", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a profile sync failed unexpectedly", e.getCause());
        }
    }

    private SyncJob job(SyncJobId id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("SYNC_JOB_NOT_FOUND", "There is no sync job " + id + "."));
    }
}
