package io.zpl.application.port.in;

import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;

/** Processes a failed (or stuck) event again; a processed event is left as it is. Zalo Admins only. */
public interface RetryZaloEvent {

    ZaloEventSummary retry(Actor actor, ZaloEventId id);
}
