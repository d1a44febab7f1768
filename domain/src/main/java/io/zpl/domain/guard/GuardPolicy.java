package io.zpl.domain.guard;

import java.time.Duration;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The guard's thresholds: how old a synced profile may be (the audit's stale threshold) and Zalo's window after the
 * last interaction in which free-form (customer-service) messages are accepted.
 */
@ValueObject
public record GuardPolicy(Duration staleAfter, Duration interactionWindow) {

    public static final Duration ZALO_INTERACTION_WINDOW = Duration.ofDays(7);

    public GuardPolicy {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("the stale-profile threshold must be positive, got " + staleAfter);
        }
        if (interactionWindow.isNegative() || interactionWindow.isZero()) {
            throw new IllegalArgumentException("the interaction window must be positive, got " + interactionWindow);
        }
    }

    public static GuardPolicy defaults() {
        return new GuardPolicy(Duration.ofDays(7), ZALO_INTERACTION_WINDOW);
    }
}
