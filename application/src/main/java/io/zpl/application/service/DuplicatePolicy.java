package io.zpl.application.service;

/**
 * Limits of duplicate detection: a key shared by more than {@code bucketLimit} partners is not evidence (a shop's
 * switchboard phone, Zalo's default avatar); incremental detection follows matches to at most {@code maxNeighbourhood}
 * partners.
 */
public record DuplicatePolicy(int bucketLimit, int maxNeighbourhood) {

    public DuplicatePolicy {
        if (bucketLimit < 2) {
            throw new IllegalArgumentException("the bucket limit must be at least 2, got " + bucketLimit);
        }
        if (maxNeighbourhood < 2) {
            throw new IllegalArgumentException("the neighbourhood must allow at least 2 partners");
        }
    }

    public static DuplicatePolicy defaults() {
        return new DuplicatePolicy(20, 200);
    }
}
