package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListZaloEvents;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.RetryZaloEvent;
import io.zpl.application.port.out.ZaloEvents;
import io.zpl.domain.access.Role;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;

/** The Zalo Events list and its Retry button; both are Zalo Admin work. */
public final class ZaloEventAdminService implements ListZaloEvents, RetryZaloEvent {

    private final ZaloEvents events;
    private final ZaloEventProcessor processor;

    public ZaloEventAdminService(ZaloEvents events, ZaloEventProcessor processor) {
        this.events = events;
        this.processor = processor;
    }

    @Override
    public Page list(Actor actor, Query query) {
        actor.require(Role.ZALO_ADMIN);
        var filter = new ZaloEvents.Filter(
                query.state(), query.eventName(), query.oaId(), query.receivedFrom(), query.receivedTo());
        var rows = events.list(filter, query.after(), query.limit() + 1);
        boolean more = rows.size() > query.limit();
        var items = more ? rows.subList(0, query.limit()) : rows;
        return new Page(items, more ? items.getLast().id() : null);
    }

    @Override
    public Detail show(Actor actor, ZaloEventId id) {
        actor.require(Role.ZALO_ADMIN);
        var event = events.find(id).orElseThrow(() -> notFound(id));
        return new Detail(event, events.rawBody(id).orElse(""));
    }

    @Override
    public ZaloEventSummary retry(Actor actor, ZaloEventId id) {
        actor.require(Role.ZALO_ADMIN);
        var event = events.find(id).orElseThrow(() -> notFound(id));
        if (event.state() == EventState.PROCESSED) {
            return event;
        }
        return processor.process(id).orElseGet(() -> events.find(id).orElseThrow(() -> notFound(id)));
    }

    private static NotFound notFound(ZaloEventId id) {
        return new NotFound("ZALO_EVENT_NOT_FOUND", "There is no Zalo event " + id + ".");
    }
}
