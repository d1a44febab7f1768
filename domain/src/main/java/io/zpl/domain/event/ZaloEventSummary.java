package io.zpl.domain.event;

import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * A stored webhook event as the Zalo Events list shows it.
 *
 * @param note why it failed ({@link EventState#ERROR}), or what processing decided (ignored, already recorded…)
 */
@ValueObject
public record ZaloEventSummary(
        ZaloEventId id,
        ZaloAppId appId,
        @Nullable OaId oaId,
        String eventName,
        @Nullable String subjectId,
        Instant eventTime,
        Instant receivedAt,
        EventState state,
        @Nullable String note,
        int attempts,
        @Nullable Instant processedAt) {}
