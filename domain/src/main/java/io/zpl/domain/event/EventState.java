package io.zpl.domain.event;

/** Where a stored webhook event is in its processing. */
public enum EventState {
    /** Stored, not yet processed (or processing was interrupted): a worker picks it up. */
    RECEIVED,
    /** Processed, or deliberately ignored (the note says so). */
    PROCESSED,
    /** Processing failed; the note says why, and an admin may retry it. */
    ERROR
}
