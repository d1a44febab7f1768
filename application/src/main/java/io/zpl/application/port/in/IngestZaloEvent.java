package io.zpl.application.port.in;

import io.zpl.domain.event.ZaloEventId;
import org.jspecify.annotations.Nullable;

/**
 * A webhook delivery from Zalo: check its signature against the App's secret, refuse replays, store it once (a
 * repeat is recognised), then process it. Zalo is the caller, proven by the signature, so there is no actor.
 */
public interface IngestZaloEvent {

    int MAX_BODY_BYTES = 256 * 1024;

    /**
     * @param body the raw request bytes, exactly as received (the signature covers them)
     * @param signatureHeader the {@code X-ZEvent-Signature} header, if any
     */
    Receipt ingest(byte[] body, @Nullable String signatureHeader);

    sealed interface Receipt {}

    /** Stored (now, or earlier when {@code duplicate}). Processing failures do not change this answer. */
    record Accepted(ZaloEventId eventId, boolean duplicate) implements Receipt {}

    /** Not stored; {@code detail} is safe to show the caller (it never says which part of a signature failed). */
    record Rejected(Reason reason, String detail) implements Receipt {}

    enum Reason {
        /** Missing or wrong signature, or an App we do not know. */
        BAD_SIGNATURE,
        /** Not JSON, or missing app_id, event_name or timestamp. */
        MALFORMED,
        /** Older than the replay window. */
        TOO_OLD,
        /** Further in the future than the replay window. */
        TOO_FAR_AHEAD,
        /** Over {@link #MAX_BODY_BYTES}. */
        TOO_LARGE
    }
}
