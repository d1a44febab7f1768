package io.zpl.application.port.in;

import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Zalo Events list of the troubleshooting guide: every webhook delivery and its processing. Zalo Admins only. */
public interface ListZaloEvents {

    int MAX_LIMIT = 200;

    /** Newest first, keyset paged: pass the page's {@code next} as {@code after} for the following page. */
    Page list(Actor actor, Query query);

    /** One event with its raw payload as Zalo sent it. */
    Detail show(Actor actor, ZaloEventId id);

    record Query(
            @Nullable EventState state,
            @Nullable String eventName,
            @Nullable OaId oaId,
            @Nullable Instant receivedFrom,
            @Nullable Instant receivedTo,
            @Nullable ZaloEventId after,
            int limit) {

        public Query {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
            }
            eventName = eventName == null || eventName.isBlank() ? null : eventName.strip();
            if (receivedFrom != null && receivedTo != null && receivedTo.isBefore(receivedFrom)) {
                throw new IllegalArgumentException("the time range ends before it starts");
            }
        }

        public static Query firstPage(int limit) {
            return new Query(null, null, null, null, null, null, limit);
        }

        public Query after(@Nullable ZaloEventId cursor) {
            return new Query(state, eventName, oaId, receivedFrom, receivedTo, cursor, limit);
        }
    }

    record Page(List<ZaloEventSummary> items, @Nullable ZaloEventId next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    record Detail(ZaloEventSummary event, String rawBody) {}
}
