package io.zpl.domain.link;

import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

@ValueObject
public record MessageStats(
        long count, @Nullable Instant firstAt, @Nullable Instant lastAt) {

    public static MessageStats none() {
        return new MessageStats(0, null, null);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** One more message; events arrive out of order, so first and last are the extremes, not the latest seen. */
    public MessageStats plus(Instant at) {
        return new MessageStats(
                count + 1,
                firstAt == null || at.isBefore(firstAt) ? at : firstAt,
                lastAt == null || at.isAfter(lastAt) ? at : lastAt);
    }
}
