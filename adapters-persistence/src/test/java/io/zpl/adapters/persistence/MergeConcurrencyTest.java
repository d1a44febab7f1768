package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.MergeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.in.Conflict;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MergeConcurrencyTest {

    TestDatabase db;
    MergeFixture f;
    PartnerId a, b, c;

    @BeforeEach
    void threePartners() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
        f = new MergeFixture(db.jdbi());
        a = f.partner(PartnerStatus.VERIFIED, "Phan Bội Châu", "0912 345 001").id();
        b = f.partner(PartnerStatus.SHADOW, "Chau Phan", "0912 345 001").id();
        c = f.partner(PartnerStatus.SHADOW, "Châu", "0912 345 001").id();
        for (PartnerId p : List.of(a, b, c)) {
            f.link(p, TestData.SUPPORT_OA, null, null, null);
            f.invoice(p, "1000");
            f.ticket(p);
        }
    }

    @AfterEach
    void drop() {
        MergeTransaction.steps = (step, transaction) -> {};
        db.close();
    }

    Map<String, Object> state() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT (SELECT COUNT(*) FROM invoice) AS invoices, (SELECT SUM(amount_due) FROM invoice) AS balance,
                               (SELECT COUNT(*) FROM ticket) AS tickets, (SELECT COUNT(*) FROM partner_link) AS links,
                               (SELECT COUNT(*) FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
                                WHERE p.status = 'MERGED') AS links_on_tombstones,
                               (SELECT COUNT(*) FROM merge_journal) AS journal,
                               (SELECT COUNT(*) FROM partner WHERE status = 'MERGED') AS tombstones""").mapToMap().one());
    }

    @Test
    void twoOverlappingMergesAtOnceOneWinsTheOtherIsToldWhatChanged() throws Exception {
        var first = f.merge.preview(LEAD, new MergePlan(a, List.of(b), Map.of()));
        var second = f.merge.preview(LEAD, new MergePlan(c, List.of(b), Map.of()));
        var start = new CountDownLatch(1);
        List<CompletableFuture<Object>> runs = new ArrayList<>();
        for (var preview : List.of(first, second)) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return f.merge.merge(LEAD, preview.previewId(), "race");
                } catch (Conflict e) {
                    return e;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (var run : runs) {
            outcomes.add(run.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes)
                .filteredOn(o -> o instanceof Conflict)
                .singleElement()
                .satisfies(o -> {
                    assertThat(((Conflict) o).code()).isEqualTo("MERGE_STALE_PREVIEW");
                    assertThat(((Conflict) o).getMessage()).contains("partner " + b);
                });
        var state = state();
        assertThat(state.get("invoices")).isEqualTo(3L);
        assertThat(state.get("tickets")).isEqualTo(3L);
        assertThat(((java.math.BigDecimal) state.get("balance"))).isEqualByComparingTo("3000");
        assertThat(state.get("links_on_tombstones")).isEqualTo(0L);
        assertThat(state.get("journal")).isEqualTo(1L);
        assertThat(state.get("tombstones")).isEqualTo(1L);
    }

    @Test
    void aMergeKilledMidWayLeavesNoTrace() throws Exception {
        var before = state();
        var preview = f.merge.preview(LEAD, new MergePlan(a, List.of(b, c), Map.of()));
        var reachedInvoices = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var mergeConnection = new java.util.concurrent.atomic.AtomicLong();
        MergeTransaction.steps = (step, transaction) -> {
            if (step.equals("invoice")) {
                mergeConnection.set(transaction
                        .createQuery("SELECT CONNECTION_ID()")
                        .mapTo(Long.class)
                        .one());
                reachedInvoices.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        var run = CompletableFuture.supplyAsync(() -> {
            try {
                return f.merge.merge(LEAD, preview.previewId(), "killed");
            } catch (RuntimeException e) {
                return e;
            }
        });
        assertThat(reachedInvoices.await(30, TimeUnit.SECONDS)).isTrue();
        try (var admin = DriverManager.getConnection(db.jdbcUrl(), TestDatabase.user(), TestDatabase.password());
                var kill = admin.createStatement()) {
            kill.execute("KILL CONNECTION " + mergeConnection.get());
        }
        release.countDown();
        Object outcome = run.get(60, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(RuntimeException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(f.partners.find(b).orElseThrow().status()).isEqualTo(PartnerStatus.SHADOW);
    }
}
