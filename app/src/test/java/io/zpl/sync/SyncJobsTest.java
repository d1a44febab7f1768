package io.zpl.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.SyncJobs;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobState;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import io.zpl.support.Api;
import io.zpl.support.AppTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bulk Sync Profile on real MariaDB against the in-process Zalo sandbox, with the application's own job workers: the
 * demo's customers are known to the sandbox, so a job over them completes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncJobsTest extends AppTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));

    @Autowired
    StartSyncJob start;

    @Autowired
    ViewSyncJobs view;

    @Autowired
    CancelSyncJob cancel;

    @Autowired
    ZaloTokens tokens;

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    SyncJobs jobs;

    @Test
    @Order(1)
    void a_job_over_the_stale_links_of_an_oa_completes_with_every_link_counted() {
        var job = start.start(ADMIN, DemoData.SUPPORT_OA, SyncScope.STALE);

        var finished = awaitJob(job, j -> j.state().isFinished());

        assertThat(finished.state()).isEqualTo(SyncJobState.DONE);
        assertThat(finished.total()).isPositive();
        assertThat(finished.done() + finished.failed()).isEqualTo(finished.total());
        assertThat(finished.done()).isGreaterThan(finished.failed());
    }

    @Test
    @Order(2)
    void a_cancelled_job_stops_and_keeps_what_it_synced() throws Exception {
        var admin = Api.as(baseUrl(), "admin", "admin");
        assertThat(admin.put("/sandbox/zalo/faults", "{\"latencyMs\":300}").status())
                .isEqualTo(200);
        try {
            var job = start.start(ADMIN, DemoData.SUPPORT_OA, SyncScope.ALL);
            var cancelled = cancel.cancel(ADMIN, job.id());
            assertThat(cancelled.state()).isEqualTo(SyncJobState.CANCELLED);

            Thread.sleep(1500);
            var later = view.view(ADMIN, job.id());
            assertThat(later.state()).isEqualTo(SyncJobState.CANCELLED);
            assertThat(later.done() + later.failed()).isLessThan(later.total());
        } finally {
            admin.put("/sandbox/zalo/faults", "{\"latencyMs\":0}");
        }
    }

    @Test
    @Order(3)
    void two_workers_claiming_at_once_never_get_the_same_job() {
        var job = jobs.create(DemoData.SUPPORT_OA, SyncScope.STALE, Instant.now(), "test");
        Instant now = Instant.now();
        var first = CompletableFuture.supplyAsync(() -> jobs.claim("node-a", now, now.plusSeconds(60)));
        var second = CompletableFuture.supplyAsync(() -> jobs.claim("node-b", now, now.plusSeconds(60)));

        Optional<SyncJob> a = first.join();
        Optional<SyncJob> b = second.join();

        assertThat(a.isPresent() && b.isPresent() && a.get().id().equals(b.get().id()))
                .as("both workers claimed %s", job.id())
                .isFalse();
        a.ifPresent(claimed -> jobs.finish(claimed.id(), "node-a"));
        b.ifPresent(claimed -> jobs.finish(claimed.id(), "node-b"));
    }

    @Test
    @Order(4)
    void an_access_token_rejected_mid_job_is_refreshed_exactly_once_and_the_job_goes_on() {
        var before = replaceAccessToken(DemoData.SHOP_OA, "expired-" + Instant.now());

        var job = start.start(ADMIN, DemoData.SHOP_OA, SyncScope.ALL);
        var finished = awaitJob(job, j -> j.state().isFinished());

        assertThat(finished.state()).isEqualTo(SyncJobState.DONE);
        assertThat(finished.done() + finished.failed()).isEqualTo(finished.total());
        assertThat(tokens.find(DemoData.SHOP_OA).orElseThrow().version()).isEqualTo(before.version() + 1);
        assertThat(accounts.find(DemoData.SHOP_OA).orElseThrow().status()).isEqualTo(OaStatus.CONNECTED);
    }

    @Test
    @Order(5)
    void a_refused_refresh_expires_the_oa_and_pauses_the_job_with_the_reason() {
        var current = tokens.find(DemoData.SHOP_OA).orElseThrow();
        tokens.underLock(
                DemoData.SHOP_OA,
                old -> new TokenDecision.Replace(new OaTokens(
                        "revoked-access",
                        Instant.now().plus(Duration.ofHours(20)),
                        "revoked-refresh",
                        Instant.now().plus(Duration.ofDays(30)),
                        current.version())));

        var job = start.start(ADMIN, DemoData.SHOP_OA, SyncScope.ALL);
        var paused =
                awaitJob(job, j -> j.state() == SyncJobState.PAUSED || j.state().isFinished());

        assertThat(paused.state()).isEqualTo(SyncJobState.PAUSED);
        assertThat(paused.pausedReason()).isNotBlank();
        assertThat(accounts.find(DemoData.SHOP_OA).orElseThrow().status()).isEqualTo(OaStatus.EXPIRED);
    }

    private OaTokens replaceAccessToken(OaId oa, String access) {
        var current = tokens.find(oa).orElseThrow();
        tokens.underLock(
                oa,
                old -> new TokenDecision.Replace(new OaTokens(
                        access,
                        Instant.now().plus(Duration.ofHours(20)),
                        current.refreshToken(),
                        current.refreshExpiresAt(),
                        current.version())));
        return current;
    }

    private SyncJob awaitJob(SyncJob job, Predicate<SyncJob> until) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        var seen = view.view(ADMIN, job.id());
        while (!until.test(seen) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            seen = view.view(ADMIN, job.id());
        }
        return seen;
    }
}
