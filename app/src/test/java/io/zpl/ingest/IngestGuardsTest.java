package io.zpl.ingest;

import static io.zpl.ingest.ZaloWebhookBodies.userSendText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.adapters.zalo.event.JsonZaloEventFormat;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.IngestZaloEvent;
import io.zpl.application.port.in.IngestZaloEvent.Reason;
import io.zpl.application.port.in.IngestZaloEvent.Rejected;
import io.zpl.application.port.in.ListZaloEvents.Query;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.out.ZaloEventQueue;
import io.zpl.application.port.out.ZaloEvents.Incoming;
import io.zpl.domain.access.Role;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What must never be stored, and what must never be lost. */
class IngestGuardsTest extends IngestFixture {

    static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));
    static final Actor AGENT = new Actor("agent", Set.of(Role.AGENT));

    long stored() {
        return count("SELECT COUNT(*) FROM zalo_event");
    }

    @Test
    void forged_missing_and_wrong_app_signatures_are_refused_and_leave_no_trace() {
        long before = stored();
        long ts = millis();
        byte[] body = userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "forged", ts);
        assertThat(ingest.ingest(body, ZaloWebhookBodies.sign(APP_A, body, ts, "guessed-secret")))
                .isEqualTo(new Rejected(Reason.BAD_SIGNATURE, "The signature is missing or does not match."));
        assertThat(ingest.ingest(body, null))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(ingest.ingest(body, "mac="))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(ingest.ingest(body, ZaloWebhookBodies.sign(APP_A, body, ts, SECRET_B)))
                .as("another App's key")
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
        byte[] unknownApp = userSendText("1999999999999999999", SUPPORT, newId('3'), newId('5'), newId('m'), "x", ts);
        assertThat(ingest.ingest(unknownApp, ZaloWebhookBodies.sign("1999999999999999999", unknownApp, ts, SECRET_A)))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.BAD_SIGNATURE);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void a_timestamp_further_ahead_than_the_window_is_refused_and_nothing_is_stored() {
        long before = stored();
        for (long ahead : new long[] {millisAgo(Duration.ofHours(-6).minusMinutes(1)), 253_402_300_800_000L}) {
            byte[] body = userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "ahead", ahead);
            assertThat(deliver(APP_A, body, ahead))
                    .as("timestamp %d", ahead)
                    .extracting(r -> ((Rejected) r).reason())
                    .isEqualTo(Reason.TOO_FAR_AHEAD);
        }
        assertThat(stored()).isEqualTo(before);

        long skewed = millisAgo(Duration.ofMinutes(-5));
        accepted(deliver(
                APP_A, userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "skew", skewed), skewed));
    }

    @Test
    void a_replay_older_than_the_window_is_refused_but_a_late_retry_within_it_passes() {
        long before = stored();
        long old = millisAgo(Duration.ofHours(6).plusMinutes(1));
        byte[] replay = userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "old", old);
        assertThat(deliver(APP_A, replay, old))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.TOO_OLD);
        assertThat(stored()).isEqualTo(before);

        long retried = millisAgo(Duration.ofHours(1).plusMinutes(5));
        accepted(deliver(
                APP_A, userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "1h", retried), retried));
    }

    @Test
    void malformed_and_oversized_bodies_are_refused() {
        long before = stored();
        assertThat(ingest.ingest("not json".getBytes(StandardCharsets.UTF_8), "mac=00"))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.MALFORMED);
        assertThat(ingest.ingest("[1,2]".getBytes(StandardCharsets.UTF_8), "mac=00"))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.MALFORMED);
        var noName = ingest.ingest(
                ("{\"app_id\":\"" + APP_A + "\",\"timestamp\":\"" + millis() + "\"}").getBytes(StandardCharsets.UTF_8),
                "mac=00");
        assertThat(noName).isEqualTo(new Rejected(Reason.MALFORMED, "The body has no event_name."));
        var badTime = ingest.ingest(
                ("{\"app_id\":\"" + APP_A + "\",\"event_name\":\"follow\",\"timestamp\":\"yesterday\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "mac=00");
        assertThat(badTime).extracting(r -> ((Rejected) r).reason()).isEqualTo(Reason.MALFORMED);
        byte[] huge = new byte[IngestZaloEvent.MAX_BODY_BYTES + 1];
        assertThat(ingest.ingest(huge, "mac=00"))
                .extracting(r -> ((Rejected) r).reason())
                .isEqualTo(Reason.TOO_LARGE);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void an_event_stored_before_a_crash_is_processed_on_restart() {
        String user = newId('3');
        long ts = millis();
        byte[] body = userSendText(APP_B, SALES, user, newId('5'), newId('m'), "trước khi sập", ts);
        var envelope = new JsonZaloEventFormat().envelope(body);
        var stored = events.storeAll(
                        List.of(new Incoming(envelope, new String(body, StandardCharsets.UTF_8), now.get())))
                .getFirst();
        assertThat(events.find(stored.id()).orElseThrow().state()).isEqualTo(EventState.RECEIVED);
        assertThat(links.find(new OaId(SALES), new ZaloUserId(user))).isEmpty();

        assertThat(ingest.processReceived(100))
                .as("too fresh: its request may still hold it")
                .isZero();
        now.set(now.get().plusSeconds(10));
        try {
            assertThat(ingest.processReceived(100)).isGreaterThanOrEqualTo(1);
        } finally {
            now.set(Instant.now());
        }
        assertThat(events.find(stored.id()).orElseThrow().state()).isEqualTo(EventState.PROCESSED);
        assertThat(links.find(new OaId(SALES), new ZaloUserId(user))).isPresent();
    }

    @Test
    void an_event_the_full_queue_turns_away_is_answered_stored_and_processed_by_the_worker() {
        var busy = ingestOn.apply((id, orderKey) -> false);
        String user = newId('3');
        long ts = millis();
        byte[] body = userSendText(APP_B, SALES, user, newId('5'), newId('m'), "đông khách", ts);
        var id = accepted(deliver(busy, APP_B, body, ts));
        assertThat(events.find(id).orElseThrow().state()).isEqualTo(EventState.RECEIVED);

        assertTheWorkerProcesses(id);
        assertThat(links.find(new OaId(SALES), new ZaloUserId(user))).isPresent();
    }

    @Test
    void the_worker_hands_waiting_events_to_the_queue_only_once_it_holds_nothing() {
        String user = newId('3');
        long ts = millis();
        byte[] body = userSendText(APP_B, SALES, user, newId('5'), newId('m'), "chờ hàng đợi", ts);
        var id = accepted(deliver(ingestOn.apply((event, orderKey) -> false), APP_B, body, ts));
        Map<ZaloEventId, String> handed = new ConcurrentHashMap<>();
        var holding = new AtomicBoolean(true);
        var worker = ingestWith.apply(new ZaloEventQueue() {
            @Override
            public boolean offer(ZaloEventId event, String orderKey) {
                handed.put(event, orderKey);
                return true;
            }

            @Override
            public boolean isIdle() {
                return !holding.get();
            }
        });

        now.set(now.get().plusSeconds(10));
        try {
            assertThat(worker.processReceived(100))
                    .as("what the queue holds may include it")
                    .isZero();
            assertThat(handed).isEmpty();
            holding.set(false);
            assertThat(worker.processReceived(100)).isGreaterThanOrEqualTo(1);
        } finally {
            now.set(Instant.now());
        }
        assertThat(handed).containsEntry(id, SALES + "/" + user);
        assertThat(events.find(id).orElseThrow().state())
                .as("processed by the queue's threads, not by the worker")
                .isEqualTo(EventState.RECEIVED);
    }

    @Test
    void in_a_batch_a_failing_event_ends_in_error_and_the_others_are_processed() {
        var busy = ingestOn.apply((id, orderKey) -> false);
        String unknownOa = "2999999999999999998";
        long ts = millis();
        String first = newId('3');
        String second = newId('3');
        var before =
                accepted(deliver(busy, APP_B, userSendText(APP_B, SALES, first, newId('5'), newId('m'), "1", ts), ts));
        var failing = accepted(
                deliver(busy, APP_A, userSendText(APP_A, unknownOa, newId('3'), newId('5'), newId('m'), "2", ts), ts));
        var after =
                accepted(deliver(busy, APP_B, userSendText(APP_B, SALES, second, newId('5'), newId('m'), "3", ts), ts));

        now.set(now.get().plusSeconds(10));
        try {
            assertThat(ingest.processReceived(100)).isGreaterThanOrEqualTo(3);
        } finally {
            now.set(Instant.now());
        }
        assertThat(events.find(before).orElseThrow().state()).isEqualTo(EventState.PROCESSED);
        assertThat(events.find(after).orElseThrow().state()).isEqualTo(EventState.PROCESSED);
        var failed = events.find(failing).orElseThrow();
        assertThat(failed.state()).isEqualTo(EventState.ERROR);
        assertThat(failed.note()).contains(unknownOa).contains("is not registered");
        assertThat(links.find(new OaId(SALES), new ZaloUserId(first))).isPresent();
        assertThat(links.find(new OaId(SALES), new ZaloUserId(second))).isPresent();
    }

    @Test
    void a_failure_marks_the_event_in_error_with_a_reason_and_an_admin_retry_processes_it() {
        String unknownOa = "2999999999999999999";
        long ts = millis();
        var id = accepted(
                deliver(APP_A, userSendText(APP_A, unknownOa, newId('3'), newId('5'), newId('m'), "?", ts), ts));
        var failed = events.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(EventState.ERROR);
        assertThat(failed.note())
                .isEqualTo("Official Account " + unknownOa
                        + " is not registered: add it under its Zalo App, then retry this event");

        assertThatThrownBy(() -> admin.retry(AGENT, id)).isInstanceOf(PermissionDenied.class);
        jdbi.useHandle(h -> h.execute(
                "INSERT INTO official_account (oa_id, app_id, name, status, created_at, updated_at) "
                        + "VALUES (?, ?, 'Late OA', 'CONNECTED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                unknownOa,
                APP_A));
        var retried = admin.retry(ADMIN, id);
        assertThat(retried.state()).isEqualTo(EventState.PROCESSED);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(admin.retry(ADMIN, id))
                .as("a processed event is left as it is")
                .isEqualTo(retried);
    }

    @Test
    void a_failing_handler_rolls_back_every_write_of_the_event() {
        long ts = millis();
        byte[] body = userSendText(APP_A, SUPPORT, newId('3'), newId('5'), newId('m'), "x", ts);
        var envelope = new JsonZaloEventFormat().envelope(body);
        var stored = events.storeAll(
                        List.of(new Incoming(envelope, new String(body, StandardCharsets.UTF_8), now.get())))
                .getFirst();
        long partnersBefore = count("SELECT COUNT(*) FROM partner");

        var result = events.process(stored.id(), (event, raw) -> {
            partners.create(PartnerStatus.SHADOW, new PartnerDetails("Half done", List.of(), null, null), "test");
            throw new IllegalStateException("boom after the partner");
        });

        assertThat(result.orElseThrow().state()).isEqualTo(EventState.ERROR);
        assertThat(result.orElseThrow().note()).isEqualTo("boom after the partner");
        assertThat(count("SELECT COUNT(*) FROM partner")).isEqualTo(partnersBefore);
    }

    @Test
    void the_events_list_is_for_zalo_admins_filters_and_pages_newest_first() {
        String oa = SHOP;
        long ts = millis();
        for (int i = 0; i < 5; i++) {
            accepted(deliver(APP_A, userSendText(APP_A, oa, newId('3'), newId('5'), newId('m'), "p" + i, ts), ts));
        }
        assertThatThrownBy(() -> admin.list(AGENT, Query.firstPage(10)))
                .isInstanceOf(PermissionDenied.class)
                .hasMessageContaining("Zalo Admin");

        var query = new Query(EventState.PROCESSED, "user_send_text", new OaId(oa), null, null, null, 2);
        var first = admin.list(ADMIN, query);
        var second = admin.list(ADMIN, query.after(first.next()));
        assertThat(first.items()).hasSize(2);
        assertThat(first.next()).isNotNull();
        assertThat(second.items()).hasSize(2);
        assertThat(first.items().get(0).id().value())
                .isGreaterThan(first.items().get(1).id().value());
        assertThat(second.items().get(0).id().value())
                .isLessThan(first.items().get(1).id().value());
        assertThat(admin.show(ADMIN, first.items().getFirst().id()).rawBody()).contains("\"user_send_text\"");
    }
}
