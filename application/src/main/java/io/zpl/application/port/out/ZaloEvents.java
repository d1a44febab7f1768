package io.zpl.application.port.out;

import io.zpl.domain.event.EventEnvelope;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The stored webhook events: kept once per dedupe key, processed once, never lost. */
public interface ZaloEvents {

    /**
     * Stores the events in ONE transaction (one commit for all), each unless one with its dedupe key exists, and
     * answers each one's stored event, in order. An event whose key comes earlier in the list is a repeat of that one.
     * All or nothing: when the transaction fails, none is stored and this throws.
     */
    List<Stored> storeAll(List<Incoming> incoming);

    Optional<ZaloEventSummary> find(ZaloEventId id);

    Optional<String> rawBody(ZaloEventId id);

    /** Events still {@link EventState#RECEIVED} that were stored before the given instant, oldest first. */
    List<Waiting> received(Instant storedBefore, int limit);

    /**
     * Claims the event unless it is processed or another worker holds it, runs the handler and records the outcome,
     * all in ONE transaction: every write the handler makes through the other ports commits with the event's new
     * state or not at all. A failing handler rolls back and the event is marked {@link EventState#ERROR} with the
     * failure as its note. Transient database failures (deadlock, lock wait, a concurrent insert of the same link)
     * are retried a few times first.
     *
     * @return the event after processing, or empty when it was not claimable (processed, or being processed)
     */
    Optional<ZaloEventSummary> process(ZaloEventId id, Handler handler);

    /**
     * Processes the claimable events among {@code ids}, in order, like {@link #process} but in one transaction with a
     * savepoint per event, so a batch pays for one commit. An event whose handler fails is rolled back to its savepoint
     * and then processed alone by {@link #process} (its retries, its ERROR marking); so is every event of the batch
     * when the database rolls the whole transaction back (deadlock, lost connection).
     *
     * @return the events this call processed, successfully or not
     */
    int processAll(List<ZaloEventId> ids, Handler handler);

    /** The newest {@code limit} events matching the filter, older than {@code after} when given. */
    List<ZaloEventSummary> list(Filter filter, @Nullable ZaloEventId after, int limit);

    /** Whether a follow or unfollow of this user on this OA, newer than {@code than}, was already processed. */
    boolean newerFollowChangeProcessed(OaId oa, String subjectId, Instant than);

    /** A stored event still {@link EventState#RECEIVED}, with the user and OA that order it among their events. */
    record Waiting(
            ZaloEventId id, @Nullable OaId oaId, @Nullable String subjectId) {}

    /** A verified webhook event to store, with the raw body its signature covers. */
    record Incoming(EventEnvelope envelope, String rawBody, Instant receivedAt) {}

    record Stored(ZaloEventId id, boolean duplicate, EventState state) {
        /** The same stored event, answered to a later delivery of it. */
        public Stored asRepeat() {
            return new Stored(id, true, state);
        }
    }

    record Filter(
            @Nullable EventState state,
            @Nullable String eventName,
            @Nullable OaId oaId,
            @Nullable Instant receivedFrom,
            @Nullable Instant receivedTo) {}

    @FunctionalInterface
    interface Handler {
        /** Processes the claimed event; answers a note for the list (e.g. "ignored"), or null. */
        @Nullable
        String handle(ZaloEventSummary event, String rawBody);
    }
}
