package io.zpl.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Serves a lazy Grid's offset/limit requests from a keyset-paged use case: it remembers the cursor at each offset it
 * has passed, so scrolling on continues from the nearest known cursor and the database never counts past rows (no
 * OFFSET). Cursors belong to one filter and order: make a new one when either changes.
 *
 * @param <T> a row
 * @param <C> the use case's cursor
 */
public final class KeysetPages<T, C> {

    /** What the use case answered: up to the asked number of rows, and the cursor behind them (null: no more). */
    public record Page<T, C>(List<T> items, @Nullable C next) {}

    private final BiFunction<@Nullable C, Integer, Page<T, C>> query;
    private final int maxPage;
    private final TreeMap<Integer, @Nullable C> cursors = new TreeMap<>();
    private int end = Integer.MAX_VALUE;

    /** {@code query} answers up to the given number (at most {@code maxPage}) of rows after a cursor (null: first). */
    public KeysetPages(BiFunction<@Nullable C, Integer, Page<T, C>> query, int maxPage) {
        this.query = query;
        this.maxPage = maxPage;
        cursors.put(0, null);
    }

    public Stream<T> fetch(int offset, int limit) {
        Map.Entry<Integer, @Nullable C> start = cursors.floorEntry(offset);
        int position = start.getKey();
        C cursor = start.getValue();
        List<T> rows = new ArrayList<>();
        while (position < offset + limit && position < end) {
            var page = query.apply(cursor, Math.min(maxPage, offset + limit - position));
            for (T item : page.items()) {
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
