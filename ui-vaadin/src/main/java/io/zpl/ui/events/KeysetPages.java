package io.zpl.ui.events;

import io.zpl.application.port.in.ListZaloEvents.Page;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Serves the Grid's offset/limit requests from a keyset-paged query: it remembers the cursor at each offset it has
 * passed, so scrolling on continues from the nearest known cursor instead of counting rows from the start.
 */
final class KeysetPages {

    private final BiFunction<@Nullable ZaloEventId, Integer, Page> query;
    private final TreeMap<Integer, @Nullable ZaloEventId> cursors = new TreeMap<>(Map.of(0, null));
    private int end = Integer.MAX_VALUE;

    KeysetPages(BiFunction<@Nullable ZaloEventId, Integer, Page> query) {
        this.query = query;
    }

    Stream<ZaloEventSummary> fetch(int offset, int limit) {
        var start = cursors.floorEntry(offset);
        int position = start.getKey();
        ZaloEventId cursor = start.getValue();
        List<ZaloEventSummary> rows = new ArrayList<>();
        while (position < offset + limit && position < end) {
            var page = query.apply(cursor, Math.min(200, Math.max(limit, offset + limit - position)));
            for (var item : page.items()) {
                if (position >= offset && position < offset + limit) {
                    rows.add(item);
                }
                position++;
            }
            cursor = page.next();
            if (cursor == null) {
                end = position;
                break;
            }
            cursors.put(position, cursor);
        }
        return rows.stream();
    }
}
