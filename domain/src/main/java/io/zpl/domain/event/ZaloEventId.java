package io.zpl.domain.event;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies one stored webhook delivery (after deduplication). */
@ValueObject
public record ZaloEventId(long value) {
    public ZaloEventId {
        if (value <= 0) {
            throw new IllegalArgumentException("event id must be a positive number, got " + value);
        }
    }

    public static ZaloEventId parse(String text) {
        try {
            return new ZaloEventId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("event id must be a positive number, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
