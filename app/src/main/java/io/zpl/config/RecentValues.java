package io.zpl.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Values read recently, kept for a short time. A value whose loading fails or finds nothing is never kept. */
final class RecentValues<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private record Recent<V>(V value, Instant until) {}

    private final Duration remember;
    private final Clock clock;
    private final Map<K, Recent<V>> recent = new ConcurrentHashMap<>();

    RecentValues(Duration remember, Clock clock) {
        this.remember = remember;
        this.clock = clock;
    }

    V get(K key, Function<K, V> load) {
        Instant now = clock.instant();
        Recent<V> known = recent.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.value();
        }
        V value = load.apply(key);
        if (value != null) {
            if (recent.size() >= MAX_ENTRIES) {
                recent.values().removeIf(expired -> !now.isBefore(expired.until()));
                if (recent.size() >= MAX_ENTRIES) {
                    recent.clear();
                }
            }
            recent.put(key, new Recent<>(value, now.plus(remember)));
        }
        return value;
    }

    void forget(K key) {
        recent.remove(key);
    }
}
