package io.zpl.application.port.out;

import io.zpl.domain.event.EventEnvelope;
import io.zpl.domain.event.ZaloEvent;

/** Reads Zalo's webhook JSON: ids and timestamps as strings or numbers, free text kept exactly as sent. */
public interface ZaloEventFormat {

    /**
     * The part of a body needed to check and store it.
     *
     * @throws IllegalArgumentException when the body is not a JSON object or lacks app_id, event_name or timestamp
     */
    EventEnvelope envelope(byte[] body);

    /**
     * The whole event, for processing.
     *
     * @throws IllegalArgumentException naming what is missing or wrong (the event is then marked in error)
     */
    ZaloEvent read(String body);
}
