package io.zpl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.adapters.persistence.JdbiDuplicateCandidates;
import io.zpl.adapters.persistence.JdbiDuplicateGroups;
import io.zpl.adapters.persistence.JdbiOfficialAccounts;
import io.zpl.adapters.persistence.JdbiPartnerLinks;
import io.zpl.adapters.persistence.JdbiPartners;
import io.zpl.adapters.persistence.JdbiZaloApps;
import io.zpl.adapters.persistence.JdbiZaloEvents;
import io.zpl.adapters.persistence.JdbiZaloMessages;
import io.zpl.adapters.persistence.TestData;
import io.zpl.adapters.persistence.TestDatabase;
import io.zpl.adapters.zalo.event.JsonZaloEventFormat;
import io.zpl.application.port.in.IngestZaloEvent.Accepted;
import io.zpl.application.port.in.IngestZaloEvent.Receipt;
import io.zpl.application.port.out.ZaloEventQueue;
import io.zpl.application.port.out.ZaloEvents.Incoming;
import io.zpl.application.port.out.ZaloEvents.Stored;
import io.zpl.application.service.DuplicateDetectionService;
import io.zpl.application.service.DuplicatePolicy;
import io.zpl.application.service.IngestPolicy;
import io.zpl.application.service.LinkResolver;
import io.zpl.application.service.ZaloEventAdminService;
import io.zpl.application.service.ZaloEventGroupCommit;
import io.zpl.application.service.ZaloEventIngestService;
import io.zpl.application.service.ZaloEventProcessor;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The ingest use cases wired on real adapters and a fresh MariaDB schema, without Spring. */
abstract class IngestFixture {

    static final String APP_A = TestData.APP_A.value();
    static final String APP_B = TestData.APP_B.value();
    static final String SUPPORT = TestData.SUPPORT_OA.value();
    static final String SALES = TestData.SALES_OA.value();
    static final String SHOP = TestData.SHOP_OA.value();
    static final String SECRET_A = "oa-secret-a";
    static final String SECRET_B = "oa-secret-b";

    static TestDatabase db;
    static Jdbi jdbi;
    static final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    static JdbiZaloEvents events;
    static JdbiPartners partners;
    static JdbiPartnerLinks links;
    static JdbiZaloMessages messages;
    /** Processes each event in the webhook's thread once stored, so a test sees the outcome at once. */
    static ZaloEventIngestService ingest;
    /** The same use case handing stored events to another queue that holds nothing (it refuses or loses them). */
    static Function<BiPredicate<ZaloEventId, String>, ZaloEventIngestService> ingestOn;
    /** The same use case on any queue. */
    static Function<ZaloEventQueue, ZaloEventIngestService> ingestWith;

    static ZaloEventGroupCommit groupCommit;
    static ZaloEventAdminService admin;
    private static final AtomicLong ids = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @BeforeAll
    static void wire() {
        db = TestDatabase.fresh();
        jdbi = db.jdbi();
        TestData.demoAppsAndOas(jdbi);
        var apps = new JdbiZaloApps(jdbi, TestData.CIPHER);
        events = new JdbiZaloEvents(jdbi);
        partners = new JdbiPartners(jdbi);
        links = new JdbiPartnerLinks(jdbi);
        messages = new JdbiZaloMessages(jdbi);
        var format = new JsonZaloEventFormat();
        var processor = new ZaloEventProcessor(
                format,
                events,
                new JdbiOfficialAccounts(jdbi),
                partners,
                links,
                messages,
                new LinkResolver(apps, partners, links),
                new DuplicateDetectionService(
                        new JdbiDuplicateCandidates(jdbi),
                        new JdbiDuplicateGroups(jdbi),
                        now::get,
                        DuplicatePolicy.defaults()));
        groupCommit = new ZaloEventGroupCommit(events, 2);
        ingestWith = queue ->
                new ZaloEventIngestService(format, apps, events, now::get, IngestPolicy.defaults(), queue, groupCommit);
        ingestOn = offer -> ingestWith.apply(queue(offer));
        ingest = ingestOn.apply((id, orderKey) -> processor.processAll(List.of(id)) >= 0);
        admin = new ZaloEventAdminService(events, processor);
    }

    @AfterAll
    static void drop() {
        groupCommit.close();
        db.close();
    }

    private static ZaloEventQueue queue(BiPredicate<ZaloEventId, String> offer) {
        return new ZaloEventQueue() {
            @Override
            public boolean offer(ZaloEventId id, String orderKey) {
                return offer.test(id, orderKey);
            }

            @Override
            public boolean isIdle() {
                return true;
            }
        };
    }

    /** A fresh decimal id, unique within the test run. */
    /** The event stored in a transaction of its own, as a webhook alone would store it. */
    static Stored storedAlone(Incoming event) {
        return events.storeAll(List.of(event)).getFirst();
    }

    /** The worker's turn once the event is old enough for it: the event ends PROCESSED. */
    static void assertTheWorkerProcesses(ZaloEventId id) {
        now.set(now.get().plusSeconds(10));
        try {
            assertThat(ingest.processReceived(100)).isGreaterThanOrEqualTo(1);
        } finally {
            now.set(Instant.now());
        }
        assertThat(events.find(id).orElseThrow().state()).isEqualTo(EventState.PROCESSED);
    }

    static String newId(char first) {
        return first + String.format("%018d", ids.incrementAndGet());
    }

    static long millis() {
        return now.get().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    }

    static long millisAgo(Duration ago) {
        return millis() - ago.toMillis();
    }

    static Receipt deliver(String app, byte[] body, long timestamp) {
        return deliver(ingest, app, body, timestamp);
    }

    static Receipt deliver(ZaloEventIngestService to, String app, byte[] body, long timestamp) {
        return to.ingest(body, ZaloWebhookBodies.sign(app, body, timestamp, app.equals(APP_A) ? SECRET_A : SECRET_B));
    }

    static ZaloEventId accepted(Receipt receipt) {
        if (receipt instanceof Accepted accepted) {
            return accepted.eventId();
        }
        throw new AssertionError("expected the event to be accepted, got " + receipt);
    }

    static long count(String sql, Object... args) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
