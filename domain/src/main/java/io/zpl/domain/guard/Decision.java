package io.zpl.domain.guard;

/** The guard's answer, from most to least permissive. */
public enum Decision {
    /** Send. */
    ALLOW,
    /** Sending is possible, but read the reasons first (it may fail or reach a stale profile). */
    WARN,
    /** Do not send: the recipient is not the right or a certain person. */
    BLOCK;

    Decision atLeast(Decision other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
