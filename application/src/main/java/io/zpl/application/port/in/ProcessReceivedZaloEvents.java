package io.zpl.application.port.in;

/**
 * The background side of ingest: events stored but left {@code RECEIVED} (the server stopped between storing and
 * processing, or processing was handed off) are processed. A system job, so it takes no actor.
 */
public interface ProcessReceivedZaloEvents {

    /** Processes up to {@code limit} waiting events; answers how many it processed (successfully or not). */
    int processReceived(int limit);
}
