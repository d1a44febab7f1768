package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.LinkSyncs.SyncWrite;
import io.zpl.application.port.out.NewLink;
import io.zpl.domain.link.FetchedProfile;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ProfileSync;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sync Profile's batched writes on real MariaDB: many links per transaction, yet one bad write loses no other. */
class JdbiLinkSyncsTest {

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    private static final AtomicInteger USERS = new AtomicInteger();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    JdbiPartnerLinks links;
    JdbiLinkSyncs syncs;

    @BeforeEach
    void setUp() {
        links = new JdbiPartnerLinks(db.jdbi());
        syncs = new JdbiLinkSyncs(db.jdbi());
    }

    @Test
    void a_batch_stores_every_links_new_name_and_the_name_it_replaced() {
        var first = link("Lan");
        var second = link("Minh");

        var unstored = syncs.storeAll(List.of(renamed(first, "Lan Nguyen"), renamed(second, "Minh Tran")));

        assertThat(unstored).isEmpty();
        assertThat(links.find(first.id()).orElseThrow().profile().displayName()).isEqualTo("Lan Nguyen");
        assertThat(links.find(second.id()).orElseThrow().profile().displayName())
                .isEqualTo("Minh Tran");
        assertThat(syncs.history(first.id(), 10))
                .extracting(ProfileChange::displayName)
                .containsExactly("Lan");
        assertThat(syncs.history(second.id(), 10))
                .extracting(ProfileChange::displayName)
                .containsExactly("Minh");
    }

    @Test
    void a_link_the_database_refuses_is_answered_and_the_rest_of_its_batch_is_stored() {
        var before = link("Hoa");
        var refused = link("Tuan");
        var after = link("Vy");
        String tooLong = "x".repeat(300); // the column holds 255

        var unstored = syncs.storeAll(
                List.of(renamed(before, "Hoa Le"), renamed(refused, tooLong), renamed(after, "Vy Pham")));

        assertThat(unstored).containsExactly(refused.id());
        assertThat(links.find(before.id()).orElseThrow().profile().displayName())
                .isEqualTo("Hoa Le");
        assertThat(links.find(after.id()).orElseThrow().profile().displayName()).isEqualTo("Vy Pham");
        assertThat(syncs.history(after.id(), 10))
                .extracting(ProfileChange::displayName)
                .containsExactly("Vy");
        assertThat(links.find(refused.id()).orElseThrow()).isEqualTo(refused);
        assertThat(syncs.history(refused.id(), 10)).isEmpty();
    }

    @Test
    void each_link_keeps_its_own_newest_history_rows_when_trimmed_in_one_batch() {
        var quiet = link("Quiet 0");
        syncs.store(renamed(quiet, "Quiet 1"));
        int renames = LinkSyncs.HISTORY_KEPT + 3;
        var a = link("A 0");
        var b = link("B 0");
        for (int i = 1; i <= renames; i++) {
            var writes = List.of(renamed(a, "A " + i), renamed(b, "B " + i));
            assertThat(syncs.storeAll(writes)).isEmpty();
            a = writes.get(0).link();
            b = writes.get(1).link();
        }

        var kept = syncs.history(a.id(), 100);
        assertThat(kept).hasSize(LinkSyncs.HISTORY_KEPT);
        assertThat(kept.getFirst().displayName()).isEqualTo("A " + (renames - 1));
        assertThat(kept.getLast().displayName()).isEqualTo("A " + (renames - LinkSyncs.HISTORY_KEPT));
        assertThat(syncs.history(b.id(), 100)).hasSize(LinkSyncs.HISTORY_KEPT);
        assertThat(syncs.history(quiet.id(), 100))
                .extracting(ProfileChange::displayName)
                .containsExactly("Quiet 0");
    }

    @Test
    void concurrent_batches_that_trim_their_history_do_not_deadlock() throws Exception {
        List<List<ZaloPartnerLink>> batches = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            List<ZaloPartnerLink> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(link("Batch " + b + " link " + i));
            }
            batches.add(batch);
        }
        long deadlocksBefore = deadlocks();

        var bothReady = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> runs = new ArrayList<>();
            for (List<ZaloPartnerLink> start : batches) {
                runs.add(pool.submit(() -> {
                    List<ZaloPartnerLink> batch = start;
                    for (int round = 1; round <= LinkSyncs.HISTORY_KEPT + 5; round++) {
                        int r = round;
                        var writes = batch.stream()
                                .map(link -> renamed(link, link.profile().displayName() + " " + r))
                                .toList();
                        bothReady.await(10, TimeUnit.SECONDS);
                        assertThat(syncs.storeAll(writes)).isEmpty();
                        batch = writes.stream().map(SyncWrite::link).toList();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(deadlocks() - deadlocksBefore).isZero();
        assertThat(syncs.history(batches.getFirst().getFirst().id(), 100)).hasSize(LinkSyncs.HISTORY_KEPT);
    }

    private static long deadlocks() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'")
                        .map((rs, ctx) -> rs.getLong(2))
                        .one());
    }

    private SyncWrite renamed(ZaloPartnerLink link, String name) {
        var synced = ProfileSync.apply(
                link,
                new FetchedProfile(link.zaloUserId(), null, link.profile().withDisplayName(name)),
                now.plusSeconds(USERS.incrementAndGet()));
        return new SyncWrite(synced.link(), synced.replaced());
    }

    private ZaloPartnerLink link(String name) {
        var partner = new JdbiPartners(db.jdbi())
                .create(PartnerStatus.VERIFIED, new PartnerDetails(name, List.of(), null, null), "ERP")
                .id();
        return links.create(new NewLink(
                TestData.SUPPORT_OA,
                new ZaloUserId("70" + USERS.incrementAndGet()),
                TestData.APP_A,
                null,
                partner,
                ZaloProfile.unknown().withDisplayName(name),
                MessageStats.none(),
                SyncState.never()));
    }
}
