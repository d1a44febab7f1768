package io.zpl.domain.sync;

import org.jmolecules.ddd.annotation.ValueObject;

@ValueObject
public record SyncJobId(long value) {
    public SyncJobId {
        if (value <= 0) {
            throw new IllegalArgumentException("sync job id must be a positive number, got " + value);
        }
    }

    public static SyncJobId parse(String text) {
        try {
            return new SyncJobId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sync job id must be a positive number, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
