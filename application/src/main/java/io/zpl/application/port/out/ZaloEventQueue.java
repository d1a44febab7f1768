package io.zpl.application.port.out;

import io.zpl.domain.event.ZaloEventId;

/** Stored events waiting to be processed after their webhook was answered. */
public interface ZaloEventQueue {

    /**
     * Queues a stored event. Events with the same {@code orderKey} (one user on one OA) are processed in the order
     * they were queued. Answers false when the queue is full: the event then waits, stored, for the worker.
     */
    boolean offer(ZaloEventId id, String orderKey);
}
