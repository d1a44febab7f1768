package io.zpl.domain.link;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record LinkId(long value) {
    public LinkId {
        if (value <= 0) {
            throw new IllegalArgumentException("link id must be a positive number, got " + value);
        }
    }

    public static LinkId parse(String text) {
        try {
            return new LinkId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("link id must be a positive number, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
