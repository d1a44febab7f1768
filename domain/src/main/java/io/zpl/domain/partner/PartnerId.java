package io.zpl.domain.partner;

import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies one partner; a merged partner keeps its id as a tombstone that resolves to its survivor. */
@ValueObject
public record PartnerId(long value) {
    public PartnerId {
        if (value <= 0) {
            throw new IllegalArgumentException("partner id must be a positive number, got " + value);
        }
    }

    public static PartnerId parse(String text) {
        try {
            return new PartnerId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("partner id must be a positive number, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
