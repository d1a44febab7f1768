package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.RunSyncJobs;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.LinkSyncs.SyncWrite;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.SyncJobs;
import io.zpl.application.service.ProfileSyncer.Attempt;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Bulk Sync Profile: jobs stored in the database, claimed by any node, worked through in link-id order in batches
 * synced concurrently, paused (with the reason) when Zalo or the OA cannot serve, and resumed from the cursor.
 */
public final class SyncJobService implements StartSyncJob, ViewSyncJobs, CancelSyncJob, RunSyncJobs {

    /**
     * How the runner works: links read per query, links in flight at once, links whose outcomes are stored in one
     * transaction, how long a claim lasts without progress.
     */
    public record Settings(int batchSize, int parallelism, int writeBatch, Duration lease) {
        public Settings {
            if (batchSize < 1 || parallelism < 1 || writeBatch < 1 || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("sync job settings must be positive");
            }
        }
    }

    private final SyncJobs jobs;
    private final PartnerLinks links;
    private final OfficialAccounts accounts;
    private final ProfileSyncer syncer;
    private final LinkSyncs syncs;
    private final AuditPolicy policy;
    private final Clock clock;
    private final ExecutorService executor;
    private final Settings settings;

    public SyncJobService(
            SyncJobs jobs,
            PartnerLinks links,
            OfficialAccounts accounts,
            ProfileSyncer syncer,
            LinkSyncs syncs,
            AuditPolicy policy,
            Clock clock,
            ExecutorService executor,
            Settings settings) {
        this.jobs = jobs;
        this.links = links;
        this.accounts = accounts;
        this.syncer = syncer;
        this.syncs = syncs;
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

    /**
     * Works through the job's links as one pipeline: links are read a page at a time and synced with at most {@code
     * parallelism} in flight, their outcomes stored a chunk at a time while later links are still being synced, and
     * the progress recorded chunk by chunk in link order. Progress only ever covers a prefix handled without a halt,
     * so a resumed job redoes nothing it counted.
     */
    private void work(SyncJob job, String node) {
        var staleBefore = policy.staleBefore(job.createdAt());
        var progress = new Progress(job, node);
        var permits = new Semaphore(settings.parallelism());
        var pending = new ArrayDeque<Chunk>();
        CompletableFuture<Boolean> haltedBefore = CompletableFuture.completedFuture(false);
        long readUpTo = job.cursor();
        try {
            while (true) {
                var oa = accounts.find(job.oaId());
                if (oa.isEmpty()) {
                    if (progress.settleAll(pending)) {
                        jobs.pause(job.id(), node, "The Official Account no longer exists.", null);
                    }
                    return;
                }
                List<LinkId> page = jobs.nextLinks(job, staleBefore, readUpTo, settings.batchSize());
                if (page.isEmpty()) {
                    if (progress.settleAll(pending)) {
                        jobs.finish(job.id(), node);
                    }
                    return;
                }
                readUpTo = page.getLast().value();
                var syncing = syncer.on(oa.get());
                Map<LinkId, ZaloPartnerLink> found =
                        links.find(page).stream().collect(Collectors.toMap(ZaloPartnerLink::id, link -> link));
                for (int from = 0; from < page.size(); from += settings.writeBatch()) {
                    var ids = page.subList(from, Math.min(page.size(), from + settings.writeBatch()));
                    var chunk = submit(ids, found, syncing, permits, haltedBefore);
                    haltedBefore = haltedBefore.thenCombine(
                            chunk.attempts(),
                            (earlier, attempts) ->
                                    earlier || attempts.stream().anyMatch(Attempt.Halted.class::isInstance));
                    pending.add(chunk);
                    if (!progress.settleReady(pending, settings.parallelism() / settings.writeBatch() + 3)) {
                        return;
                    }
                }
            }
        } finally {
            pending.forEach(Chunk::awaitQuietly);
        }
    }

    /** Consecutive links synced concurrently whose outcomes are stored together. */
    private record Chunk(
            List<LinkId> ids, CompletableFuture<List<@Nullable Attempt>> attempts, CompletableFuture<Stored> stored) {

        void awaitQuietly() {
            try {
                stored.join();
            } catch (RuntimeException e) {
                // the job already stopped for another reason; the links it did not count are redone on resume
            }
        }
    }

    /**
     * What a chunk stored: its first {@code handled} links (all of them unless one halted, none if an earlier link
     * halted), and those among them whose outcome could not be written.
     */
    private record Stored(List<@Nullable Attempt> attempts, int handled, Set<LinkId> unstored) {}

    /**
     * Syncs the chunk's links (a vanished link answers null), then stores the outcomes of the links before any halt,
     * without waiting for earlier chunks' writes.
     */
    private Chunk submit(
            List<LinkId> ids,
            Map<LinkId, ZaloPartnerLink> found,
            ProfileSyncer.OnOa syncing,
            Semaphore permits,
            CompletableFuture<Boolean> haltedBefore) {
        List<CompletableFuture<@Nullable Attempt>> calls = new ArrayList<>(ids.size());
        for (LinkId id : ids) {
            ZaloPartnerLink link = found.get(id);
            if (link == null) {
                calls.add(CompletableFuture.completedFuture(null));
                continue;
            }
            permits.acquireUninterruptibly();
            calls.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return syncing.attempt(link);
                        } finally {
                            permits.release();
                        }
                    },
                    executor));
        }
        CompletableFuture<List<@Nullable Attempt>> attempts = CompletableFuture.allOf(
                        calls.toArray(CompletableFuture[]::new))
                .thenApply(all -> calls.stream().map(CompletableFuture::join).toList());
        var stored = haltedBefore.thenCombineAsync(attempts, this::store, executor);
        return new Chunk(ids, attempts, stored);
    }

    private Stored store(boolean haltedBefore, List<@Nullable Attempt> attempts) {
        if (haltedBefore) {
            return new Stored(attempts, 0, Set.of());
        }
        int handled = 0;
        List<SyncWrite> writes = new ArrayList<>(attempts.size());
        for (Attempt attempt : attempts) {
            if (attempt instanceof Attempt.Halted) {
                break;
            }
            if (attempt instanceof Attempt.Finished finished) {
                writes.add(finished.write());
            }
            handled++;
        }
        return new Stored(attempts, handled, syncs.storeAll(writes));
    }

    /** The job's progress, recorded chunk by chunk in link order by the thread that claimed the job. */
    private final class Progress {
        private final SyncJob job;
        private final String node;
        private long cursor;

        Progress(SyncJob job, String node) {
            this.job = job;
            this.node = node;
            this.cursor = job.cursor();
        }

        /** Records the chunks already stored, and waits for the oldest while more than {@code open} are pending. */
        boolean settleReady(ArrayDeque<Chunk> pending, int open) {
            while (!pending.isEmpty() && (pending.peek().stored().isDone() || pending.size() > open)) {
                if (!settle(pending.poll())) {
                    return false;
                }
            }
            return true;
        }

        /** False when the job stopped (paused, cancelled or taken away): then the caller must not finish it. */
        boolean settleAll(ArrayDeque<Chunk> pending) {
            return settleReady(pending, 0);
        }

        private boolean settle(Chunk chunk) {
            Stored stored = await(chunk.stored());
            int done = 0;
            int failed = 0;
            for (int i = 0; i < stored.handled(); i++) {
                LinkId id = chunk.ids().get(i);
                cursor = id.value();
                if (stored.attempts().get(i) instanceof Attempt.Finished finished
                        && finished.result().outcome() == SyncOutcome.OK
                        && !stored.unstored().contains(id)) {
                    done++;
                } else {
                    failed++;
                }
            }
            boolean stillOurs = jobs.progress(
                    job.id(), node, cursor, done, failed, clock.now().plus(settings.lease()));
            if (!stillOurs) {
                return false;
            }
            if (stored.handled() < chunk.ids().size()
                    && stored.attempts().get(stored.handled()) instanceof Attempt.Halted halt) {
                jobs.pause(job.id(), node, halt.reason(), halt.resumeAt());
                return false;
            }
            return true;
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
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
