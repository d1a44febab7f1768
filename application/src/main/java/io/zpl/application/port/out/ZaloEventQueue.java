package io.zpl.application.port.out;

import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.zalo.OaId;
import org.jspecify.annotations.Nullable;

/** Stored events waiting to be processed after their webhook was answered. */
public interface ZaloEventQueue {

    /**
     * Queues a stored event. Events with the same {@code orderKey} (one user on one OA) are processed in the order
     * they were queued. Answers false when the queue is full: the event then waits, stored, for the worker.
     */
    boolean offer(ZaloEventId id, String orderKey);

    /**
     * Whether nothing queued still waits to be taken for processing: only then may the worker hand over events left
     * {@code RECEIVED}, so that it does not queue again what the queue still holds (an event a thread is processing
     * at that moment is skipped by the claim).
     */
    boolean isIdle();

    /** The order key of the events about this user on this OA. */
    static String orderKey(@Nullable OaId oaId, @Nullable String subjectId) {
        return oaId + "/" + subjectId;
    }
}
