package io.zpl.ui.audit;

import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.AuditedLink;
import io.zpl.application.port.in.LinkPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Serves the Grid's offset requests from keyset pages: remembers the cursor at each offset it has reached and walks
 * forward from the nearest one, so scrolling never makes the database count past rows (no OFFSET).
 */
final class KeysetPager {

    private final Function<@Nullable String, LinkPage> fetch;
    private final TreeMap<Integer, String> cursors = new TreeMap<>();
    private int end = Integer.MAX_VALUE;

    /** {@code fetch} loads up to {@link AuditQuery#MAX_LIMIT} rows after a cursor (null: from the start). */
    KeysetPager(Function<@Nullable String, LinkPage> fetch) {
        this.fetch = fetch;
    }

    Stream<AuditedLink> rows(int offset, int limit) {
        List<AuditedLink> rows = new ArrayList<>();
        Map.Entry<Integer, String> known = cursors.floorEntry(offset);
        int at = known == null ? 0 : known.getKey();
        String cursor = known == null ? null : known.getValue();
        while (at < offset + limit && at < end) {
            LinkPage page = fetch.apply(cursor);
            for (AuditedLink row : page.items()) {
                if (at >= offset && at < offset + limit) {
                    rows.add(row);
                }
                at++;
            }
            if (page.next() == null) {
                end = at;
                break;
            }
            cursor = page.next();
            cursors.put(at, cursor);
        }
        return rows.stream();
    }
}
