package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ListZaloEvents;
import io.zpl.application.port.in.ListZaloEvents.Query;
import io.zpl.application.port.in.RetryZaloEvent;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zalo-events")
@Tag(name = "Zalo events")
class ZaloEventsController {

    private final ListZaloEvents listZaloEvents;
    private final RetryZaloEvent retryZaloEvent;

    ZaloEventsController(ListZaloEvents listZaloEvents, RetryZaloEvent retryZaloEvent) {
        this.listZaloEvents = listZaloEvents;
        this.retryZaloEvent = retryZaloEvent;
    }

    @GetMapping
    @Operation(summary = "Webhook deliveries, newest first, with their processing state (Zalo Admin)")
    EventPageJson list(
            Authentication authentication,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String eventName,
            @RequestParam(required = false) @Nullable String oaId,
            @RequestParam(required = false) @Nullable Instant receivedFrom,
            @RequestParam(required = false) @Nullable Instant receivedTo,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int limit) {
        var page = listZaloEvents.list(
                CurrentActor.of(authentication),
                new Query(
                        state(state),
                        eventName,
                        oaId == null || oaId.isBlank() ? null : new OaId(oaId),
                        receivedFrom,
                        receivedTo,
                        after == null || after.isBlank() ? null : ZaloEventId.parse(after),
                        limit));
        return new EventPageJson(
                page.items().stream().map(EventJson::of).toList(),
                page.next() == null ? null : page.next().toString());
    }

    @GetMapping("/{eventId}")
    @Operation(summary = "One event with the raw payload Zalo sent (Zalo Admin)")
    EventDetailJson show(Authentication authentication, @PathVariable String eventId) {
        var detail = listZaloEvents.show(CurrentActor.of(authentication), ZaloEventId.parse(eventId));
        return new EventDetailJson(EventJson.of(detail.event()), detail.rawBody());
    }

    @PostMapping("/{eventId}/retry")
    @Operation(summary = "Process an event in ERROR again; answers the event afterwards (Zalo Admin)")
    EventJson retry(Authentication authentication, @PathVariable String eventId) {
        return EventJson.of(retryZaloEvent.retry(CurrentActor.of(authentication), ZaloEventId.parse(eventId)));
    }

    private static @Nullable EventState state(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return EventState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("state must be RECEIVED, PROCESSED or ERROR, got '" + state + "'");
        }
    }

    record EventPageJson(List<EventJson> items, @Nullable String next) {}

    record EventDetailJson(EventJson event, String payload) {}

    record EventJson(
            String eventId,
            String eventName,
            String appId,
            @Nullable String oaId,
            @Nullable String zaloUserId,
            Instant eventTime,
            Instant receivedAt,
            String state,
            @Nullable String error,
            @Nullable String note,
            int attempts) {

        static EventJson of(ZaloEventSummary e) {
            boolean failed = e.state() == EventState.ERROR;
            return new EventJson(
                    e.id().toString(),
                    e.eventName(),
                    e.appId().value(),
                    e.oaId() == null ? null : e.oaId().value(),
                    e.subjectId(),
                    e.eventTime(),
                    e.receivedAt(),
                    e.state().name(),
                    failed ? e.note() : null,
                    failed ? null : e.note(),
                    e.attempts());
        }
    }
}
