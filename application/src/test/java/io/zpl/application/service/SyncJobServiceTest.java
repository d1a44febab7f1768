package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.fakes.InMemoryOfficialAccounts;
import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryZaloApps;
import io.zpl.application.fakes.InMemoryZaloTokens;
import io.zpl.application.fakes.UnusedOAuth;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.ProfileAnswer;
import io.zpl.application.port.out.SyncJobs;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.FetchedProfile;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.sync.SyncJobState;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk job's bookkeeping while outcomes are stored in batches and later links are synced concurrently: every link
 * counted exactly once, whatever halts the job or fails to be stored.
 */
class SyncJobServiceTest {

    private static final ZaloAppId APP = new ZaloAppId("1000000000000000001");
    private static final OaId OA = new OaId("2000000000000000001");
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));
    private static final int LINKS = 230;

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final InMemoryOfficialAccounts accounts = new InMemoryOfficialAccounts();
    private final InMemoryZaloTokens tokens = new InMemoryZaloTokens();
    private final MemoryJobs jobs = new MemoryJobs();
    private final Syncs syncs = new Syncs();
    private final Map<ZaloUserId, Integer> calls = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Predicate<ZaloUserId> unavailableFor = user -> false;
    private final List<ZaloPartnerLink> created = new ArrayList<>();
    private SyncJobService service;

    @BeforeEach
    void setUp() {
        accounts.save(OfficialAccount.draft(OA, APP, "Support OA").connected());
        tokens.store(OA, OaTokens.issued("access", "refresh", Duration.ofHours(25), now, 1));
        var access = new OaAccessTokens(
                tokens, new UnusedOAuth(), new InMemoryZaloApps(), accounts, () -> now, Duration.ofHours(1));
        var syncer = new ProfileSyncer(access, this::answer, syncs, accounts, () -> now);
        service = new SyncJobService(
                jobs,
                links,
                accounts,
                syncer,
                syncs,
                new AuditPolicy(Duration.ofDays(7)),
                () -> now,
                executor,
                new SyncJobService.Settings(100, 16, 20, Duration.ofMinutes(2)));
        for (int i = 0; i < LINKS; i++) {
            created.add(links.create(new NewLink(
                    OA,
                    new ZaloUserId("50" + i),
                    APP,
                    null,
                    new PartnerId(1),
                    ZaloProfile.unknown().withDisplayName("Old " + i),
                    MessageStats.none(),
                    SyncState.never())));
        }
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    @Test
    void a_link_whose_outcome_cannot_be_stored_counts_as_failed_and_its_batch_is_kept() {
        var refused = created.get(45);
        syncs.refuse = refused.id();
        var job = service.start(ADMIN, OA, SyncScope.STALE);

        assertThat(service.runOne("node")).isTrue();

        var finished = jobs.find(job.id()).orElseThrow();
        assertThat(finished.state()).isEqualTo(SyncJobState.DONE);
        assertThat(finished.done()).isEqualTo(LINKS - 1);
        assertThat(finished.failed()).isEqualTo(1);
        assertThat(created)
                .filteredOn(link -> !link.id().equals(refused.id()))
                .allSatisfy(link -> assertThat(displayName(link)).startsWith("New "));
        assertThat(displayName(refused)).startsWith("Old ");
    }

    @Test
    void a_halt_mid_batch_counts_only_the_links_before_it_and_the_resumed_job_counts_each_link_once() {
        var halting = created.get(137);
        unavailableFor = user -> user.equals(halting.zaloUserId());
        var job = service.start(ADMIN, OA, SyncScope.STALE);

        assertThat(service.runOne("node")).isTrue();

        var paused = jobs.find(job.id()).orElseThrow();
        assertThat(paused.state()).isEqualTo(SyncJobState.PAUSED);
        assertThat(paused.done()).isEqualTo(137);
        assertThat(paused.cursor()).isEqualTo(created.get(136).id().value());
        assertThat(created.subList(137, LINKS))
                .allSatisfy(link -> assertThat(displayName(link))
                        .as("stored after the halt")
                        .startsWith("Old "));

        unavailableFor = user -> false;
        jobs.resumeNow(job.id());
        assertThat(service.runOne("node")).isTrue();

        var finished = jobs.find(job.id()).orElseThrow();
        assertThat(finished.state()).isEqualTo(SyncJobState.DONE);
        assertThat(finished.done()).isEqualTo(LINKS);
        assertThat(finished.failed()).isZero();
        assertThat(created).allSatisfy(link -> assertThat(displayName(link)).startsWith("New "));
    }

    @Test
    void a_cancelled_job_stops_at_its_next_batch_and_keeps_what_it_synced() {
        var job = service.start(ADMIN, OA, SyncScope.STALE);
        jobs.cancelAfterProgress = 2;

        assertThat(service.runOne("node")).isTrue();

        var cancelled = jobs.find(job.id()).orElseThrow();
        assertThat(cancelled.state()).isEqualTo(SyncJobState.CANCELLED);
        assertThat(cancelled.done()).isEqualTo(40);
        assertThat(calls).hasSizeLessThan(LINKS);
    }

    private String displayName(ZaloPartnerLink link) {
        return String.valueOf(links.find(link.id()).orElseThrow().profile().displayName());
    }

    private ProfileAnswer answer(OaCall call, ZaloUserId user) {
        calls.merge(user, 1, Integer::sum);
        if (unavailableFor.test(user)) {
            return new ProfileAnswer.Unavailable("Zalo keeps failing for this OA", now.plusSeconds(30));
        }
        var profile = ZaloProfile.unknown().withDisplayName("New " + user.value());
        return new ProfileAnswer.Found(new FetchedProfile(user, null, profile));
    }

    /** Stores like the real adapter, except that it cannot write one chosen link. */
    private final class Syncs implements LinkSyncs {
        volatile @Nullable LinkId refuse;

        @Override
        public void store(SyncWrite write) {
            links.save(write.link());
        }

        @Override
        public Set<LinkId> storeAll(List<SyncWrite> writes) {
            writes.stream().filter(write -> !write.link().id().equals(refuse)).forEach(this::store);
            return writes.stream()
                    .map(write -> write.link().id())
                    .filter(id -> id.equals(refuse))
                    .collect(Collectors.toSet());
        }

        @Override
        public List<ProfileChange> history(LinkId link, int limit) {
            return List.of();
        }
    }

    /** One OA's jobs, with the database adapter's rules for claims, progress and scope. */
    private final class MemoryJobs implements SyncJobs {
        private final Map<Long, SyncJob> all = new ConcurrentHashMap<>();
        private final Map<Long, String> holders = new ConcurrentHashMap<>();
        volatile int cancelAfterProgress = Integer.MAX_VALUE;

        @Override
        public SyncJob create(OaId oa, SyncScope scope, Instant staleBefore, String createdBy) {
            var job = new SyncJob(
                    new SyncJobId(all.size() + 1L),
                    oa,
                    scope,
                    SyncJobState.QUEUED,
                    inScope(staleBefore, 0).size(),
                    0,
                    0,
                    0,
                    null,
                    null,
                    createdBy,
                    now);
            all.put(job.id().value(), job);
            return job;
        }

        @Override
        public Optional<SyncJob> find(SyncJobId id) {
            return Optional.ofNullable(all.get(id.value()));
        }

        @Override
        public Optional<SyncJob> latest(OaId oa) {
            return all.values().stream()
                    .max(Comparator.comparing(job -> job.id().value()));
        }

        @Override
        public synchronized Optional<SyncJob> claim(String node, Instant at, Instant leaseUntil) {
            var runnable = all.values().stream()
                    .filter(job -> job.state() == SyncJobState.QUEUED
                            || (job.state() == SyncJobState.PAUSED
                                    && (job.resumeAt() == null
                                            || !job.resumeAt().isAfter(at))))
                    .findFirst();
            runnable.ifPresent(job -> {
                holders.put(job.id().value(), node);
                replace(job, SyncJobState.RUNNING, job.done(), job.failed(), job.cursor(), null, null);
            });
            return runnable.map(job -> all.get(job.id().value()));
        }

        @Override
        public List<LinkId> nextLinks(SyncJob job, Instant staleBefore, long afterLink, int limit) {
            return inScope(staleBefore, afterLink).stream().limit(limit).toList();
        }

        @Override
        public synchronized boolean progress(
                SyncJobId id, String node, long cursor, int done, int failed, Instant leaseUntil) {
            var job = all.get(id.value());
            if (job.state() != SyncJobState.RUNNING || !node.equals(holders.get(id.value()))) {
                return false;
            }
            replace(job, SyncJobState.RUNNING, job.done() + done, job.failed() + failed, cursor, null, null);
            if (--cancelAfterProgress == 0) {
                cancel(id);
            }
            return true;
        }

        @Override
        public synchronized void pause(SyncJobId id, String node, String reason, @Nullable Instant resumeAt) {
            var job = all.get(id.value());
            replace(job, SyncJobState.PAUSED, job.done(), job.failed(), job.cursor(), reason, resumeAt);
        }

        @Override
        public synchronized void finish(SyncJobId id, String node) {
            var job = all.get(id.value());
            replace(job, SyncJobState.DONE, job.done(), job.failed(), job.cursor(), null, null);
        }

        @Override
        public synchronized boolean cancel(SyncJobId id) {
            var job = all.get(id.value());
            replace(job, SyncJobState.CANCELLED, job.done(), job.failed(), job.cursor(), null, null);
            return true;
        }

        void resumeNow(SyncJobId id) {
            var job = all.get(id.value());
            replace(job, job.state(), job.done(), job.failed(), job.cursor(), job.pausedReason(), now);
        }

        private List<LinkId> inScope(Instant staleBefore, long afterLink) {
            return links.all().stream()
                    .filter(link -> link.id().value() > afterLink)
                    .filter(link -> link.sync().profileSyncedAt() == null
                            || link.sync().profileSyncedAt().isBefore(staleBefore))
                    .map(ZaloPartnerLink::id)
                    .sorted(Comparator.comparing(LinkId::value))
                    .toList();
        }

        private void replace(
                SyncJob job,
                SyncJobState state,
                int done,
                int failed,
                long cursor,
                @Nullable String reason,
                @Nullable Instant resumeAt) {
            all.put(
                    job.id().value(),
                    new SyncJob(
                            job.id(),
                            job.oaId(),
                            job.scope(),
                            state,
                            job.total(),
                            done,
                            failed,
                            cursor,
                            reason,
                            resumeAt,
                            job.createdBy(),
                            job.createdAt()));
        }
    }
}
