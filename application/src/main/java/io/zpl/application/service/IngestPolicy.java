package io.zpl.application.service;

import java.time.Duration;
import java.time.Instant;

/**
 * How old a webhook may be before it counts as a replay. Longer than Zalo's retry schedule (30 s … 1 h) so that
 * honest retries pass.
 */
public record IngestPolicy(Duration replayWindow) {

    public IngestPolicy {
        if (replayWindow.isNegative() || replayWindow.isZero()) {
            throw new IllegalArgumentException("the replay window must be positive, got " + replayWindow);
        }
    }

    public static IngestPolicy defaults() {
        return new IngestPolicy(Duration.ofHours(6));
    }

    public boolean tooOld(Instant eventTime, Instant now) {
        return eventTime.isBefore(now.minus(replayWindow));
    }

    /** Further ahead than any clock could be wrong by: a corrupt or forged timestamp, even in a signed body. */
    public boolean tooFarAhead(Instant eventTime, Instant now) {
        return eventTime.isAfter(now.plus(replayWindow));
    }
}
