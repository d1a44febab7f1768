package io.zpl.domain.duplicate;

/** Where a duplicate group stands in the CS Lead's review. */
public enum GroupState {
    OPEN,
    DISMISSED,
    RESOLVED
}
