package io.zpl.application.port.in;

/**
 * The background side of ingest: events stored but left {@code RECEIVED} (the server stopped between storing and
 * processing, or processing was handed off) are processed. A system job, so it takes no actor.
 */
public interface ProcessReceivedZaloEvents {

    /**
     * Hands up to {@code limit} waiting events to the processing threads, as many as they take, once nothing else
     * waits for them; answers how many it handed over.
     */
    int processReceived(int limit);
}
