package io.zpl.domain.guard;

import org.jmolecules.ddd.annotation.ValueObject;

/** One reason behind a decision: a stable code, its effect, and what a person should read. */
@ValueObject
public record Reason(ReasonCode code, Decision effect, String message) {
    public Reason {
        if (effect == Decision.ALLOW) {
            throw new IllegalArgumentException("a reason either warns or blocks");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("a reason needs words a person can read");
        }
    }
}
