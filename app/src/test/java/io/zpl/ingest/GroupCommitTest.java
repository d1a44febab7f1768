package io.zpl.ingest;

import static io.zpl.ingest.ZaloWebhookBodies.userSendText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.zpl.adapters.zalo.event.JsonZaloEventFormat;
import io.zpl.application.port.out.ZaloEvents;
import io.zpl.application.port.out.ZaloEvents.Incoming;
import io.zpl.application.port.out.ZaloEvents.Stored;
import io.zpl.application.service.ZaloEventGroupCommit;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Concurrent webhooks share one transaction and one commit; each is answered with its own outcome, after it. */
class GroupCommitTest extends IngestFixture {

    static final JsonZaloEventFormat FORMAT = new JsonZaloEventFormat();

    @Test
    void one_transaction_stores_new_events_and_answers_repeats_in_it_and_before_it_as_the_stored_event() {
        var earlier = incoming(newId('m'));
        var stored = storedAlone(earlier);
        var first = incoming(newId('m'));
        var second = incoming(newId('m'));

        var answers = events.storeAll(List.of(first, earlier, second, first, earlier));

        assertThat(answers).hasSize(5);
        assertThat(answers.get(0).duplicate()).isFalse();
        assertThat(answers.get(1)).isEqualTo(stored.asRepeat());
        assertThat(answers.get(2).duplicate()).isFalse();
        assertThat(answers.get(3))
                .as("a repeat inside the batch")
                .isEqualTo(answers.get(0).asRepeat());
        assertThat(answers.get(4)).isEqualTo(stored.asRepeat());
        assertThat(answers.get(0).id().value()).isLessThan(answers.get(2).id().value());
        assertThat(events.find(answers.get(2).id()).orElseThrow().state()).isEqualTo(EventState.RECEIVED);
        assertThat(rowsWithMsgIds(first, second, earlier)).isEqualTo(3);
    }

    @Test
    void webhooks_waiting_together_are_stored_in_one_commit_and_each_gets_its_own_answer() {
        var gated = new GatedEvents(events, batch -> false);
        try (var groupCommit = new ZaloEventGroupCommit(gated, 1)) {
            var opener = handOver(groupCommit, List.of(incoming(newId('m'))));
            await().atMost(Duration.ofSeconds(5)).until(() -> gated.batches.size() == 1);
            var fresh = List.of(incoming(newId('m')), incoming(newId('m')), incoming(newId('m')));
            var known = incoming(newId('m'));
            var knownStored = storedAlone(known);
            List<Incoming> waiting =
                    List.of(fresh.get(0), fresh.get(1), known, fresh.get(0), fresh.get(2), fresh.get(1), fresh.get(0));

            var answers = handOver(groupCommit, waiting);
            assertThat(answers).noneMatch(CompletableFuture::isDone);
            gated.open();

            assertThat(opener.getFirst().join().duplicate()).isFalse();
            var got = answers.stream().map(CompletableFuture::join).toList();
            assertThat(gated.batches)
                    .as("the opener alone, then everyone who waited meanwhile")
                    .containsExactly(1, 7);
            assertThat(got.get(0).duplicate()).isFalse();
            assertThat(got.get(1).duplicate()).isFalse();
            assertThat(got.get(4).duplicate()).isFalse();
            assertThat(got.get(2)).isEqualTo(knownStored.asRepeat());
            assertThat(got.get(3)).isEqualTo(got.get(0).asRepeat());
            assertThat(got.get(6)).isEqualTo(got.get(0).asRepeat());
            assertThat(got.get(5)).isEqualTo(got.get(1).asRepeat());
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(storedIdOf(waiting.get(i))).isEqualTo(got.get(i).id());
            }
            assertThat(rowsWithMsgIds(fresh.get(0), fresh.get(1), fresh.get(2), known))
                    .isEqualTo(4);
        }
    }

    @Test
    void an_event_that_fails_its_batch_fails_alone_and_the_others_are_stored() {
        var poisoned = incoming(newId('m'));
        var gated = new GatedEvents(events, batch -> batch.contains(poisoned));
        try (var groupCommit = new ZaloEventGroupCommit(gated, 1)) {
            var opener = handOver(groupCommit, List.of(incoming(newId('m'))));
            await().atMost(Duration.ofSeconds(5)).until(() -> gated.batches.size() == 1);
            var healthy = List.of(incoming(newId('m')), incoming(newId('m')));
            var answers = handOver(groupCommit, List.of(healthy.get(0), poisoned, healthy.get(1)));
            gated.open();

            assertThat(opener.getFirst().join().duplicate()).isFalse();
            assertThat(answers.get(0).join().duplicate()).isFalse();
            assertThat(answers.get(2).join().duplicate()).isFalse();
            assertThatThrownBy(answers.get(1)::join).hasRootCauseMessage("poisoned event");
            assertThat(gated.batches)
                    .as("the batch of three failed, then each was stored alone")
                    .containsExactly(1, 3, 1, 1, 1);
            assertThat(rowsWithMsgIds(healthy.get(0), healthy.get(1))).isEqualTo(2);
            assertThat(rowsWithMsgIds(poisoned)).isZero();
        }
    }

    @Test
    void an_event_answered_but_never_queued_is_processed_by_the_worker() {
        var crashing = ingestOn.apply((id, orderKey) -> true); // accepted, then lost with the server
        String user = newId('3');
        long ts = millis();
        var id = accepted(deliver(
                crashing, APP_B, userSendText(APP_B, SALES, user, newId('5'), newId('m'), "sập sau khi lưu", ts), ts));
        assertThat(events.find(id).orElseThrow().state()).isEqualTo(EventState.RECEIVED);

        assertTheWorkerProcesses(id);
        assertThat(count("SELECT COUNT(*) FROM partner_link WHERE oa_id = ? AND zalo_user_id = ?", SALES, user))
                .isEqualTo(1);
    }

    /** Each event from its own webhook thread; answers once every one of them waits for its commit. */
    static List<CompletableFuture<Stored>> handOver(ZaloEventGroupCommit groupCommit, List<Incoming> incoming) {
        List<Thread> senders = new ArrayList<>();
        List<CompletableFuture<Stored>> answers = new ArrayList<>();
        for (Incoming event : incoming) {
            var answer = new CompletableFuture<Stored>();
            answers.add(answer);
            senders.add(Thread.ofPlatform().start(() -> {
                try {
                    answer.complete(groupCommit.store(event));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> senders.stream().allMatch(GroupCommitTest::waitsForCommit));
        return answers;
    }

    /** Handed over and parked on its answer (not merely parked on the hand-over's lock), or done. */
    static boolean waitsForCommit(Thread sender) {
        return sender.getState() == Thread.State.TERMINATED
                || (sender.getState() == Thread.State.WAITING
                        && Arrays.stream(sender.getStackTrace())
                                .anyMatch(frame -> frame.getClassName().equals(CompletableFuture.class.getName())
                                        && frame.getMethodName().equals("join")));
    }

    static Incoming incoming(String msgId) {
        long ts = millis();
        byte[] body = userSendText(APP_B, SALES, newId('3'), newId('5'), msgId, "cùng một lần ghi", ts);
        return new Incoming(FORMAT.envelope(body), new String(body, StandardCharsets.UTF_8), now.get());
    }

    static long rowsWithMsgIds(Incoming... incoming) {
        long rows = 0;
        for (Incoming event : incoming) {
            rows += count("SELECT COUNT(*) FROM zalo_event WHERE dedupe_key = ?", keyOf(event));
        }
        return rows;
    }

    static ZaloEventId storedIdOf(Incoming event) {
        return new ZaloEventId(count("SELECT event_id FROM zalo_event WHERE dedupe_key = ?", keyOf(event)));
    }

    static String keyOf(Incoming event) {
        return event.envelope().dedupeKey();
    }

    /**
     * The real stored events, seen from the group commit: records each transaction's size, holds the first one until
     * the test opens the gate (so the next webhooks pile up behind it), and fails any transaction holding a poisoned
     * event.
     */
    static final class GatedEvents implements ZaloEvents {
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        private final ZaloEvents real;
        private final Predicate<List<Incoming>> poisoned;
        private final CountDownLatch gate = new CountDownLatch(1);

        GatedEvents(ZaloEvents real, Predicate<List<Incoming>> poisoned) {
            this.real = real;
            this.poisoned = poisoned;
        }

        void open() {
            gate.countDown();
        }

        @Override
        public List<Stored> storeAll(List<Incoming> incoming) {
            batches.add(incoming.size());
            if (batches.size() == 1) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (poisoned.test(incoming)) {
                throw new IllegalStateException("poisoned event");
            }
            return real.storeAll(incoming);
        }

        @Override
        public Optional<ZaloEventSummary> find(ZaloEventId id) {
            return real.find(id);
        }

        @Override
        public Optional<String> rawBody(ZaloEventId id) {
            return real.rawBody(id);
        }

        @Override
        public List<Waiting> received(Instant storedBefore, int limit) {
            return real.received(storedBefore, limit);
        }

        @Override
        public Optional<ZaloEventSummary> process(ZaloEventId id, Handler handler) {
            return real.process(id, handler);
        }

        @Override
        public int processAll(List<ZaloEventId> ids, Handler handler) {
            return real.processAll(ids, handler);
        }

        @Override
        public List<ZaloEventSummary> list(Filter filter, @Nullable ZaloEventId after, int limit) {
            return real.list(filter, after, limit);
        }

        @Override
        public boolean newerFollowChangeProcessed(OaId oa, String subjectId, Instant than) {
            return real.newerFollowChangeProcessed(oa, subjectId, than);
        }
    }
}
