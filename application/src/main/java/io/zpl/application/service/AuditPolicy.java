package io.zpl.application.service;

import java.time.Duration;
import java.time.Instant;

/** How old a synced profile may get before the audit calls it stale. */
public record AuditPolicy(Duration staleAfter) {

    public AuditPolicy {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("the stale-profile threshold must be positive, got " + staleAfter);
        }
    }

    public static AuditPolicy defaults() {
        return new AuditPolicy(Duration.ofDays(7));
    }

    /** Profiles synced before this instant (or never) are stale; one synced exactly at the threshold is not. */
    public Instant staleBefore(Instant now) {
        return now.minus(staleAfter);
    }
}
