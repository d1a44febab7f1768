package io.zpl.adapters.zalo.sandbox;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Injected trouble: per error code ("-32", "-216", "5xx"…) the share of OpenAPI calls that get it, a latency
 * added to every call, and the per-App rate limit per minute (Zalo's is 4,000).
 */
record Faults(Map<String, Double> errorRate, long latencyMs, int ratePerMinute) {

    static final Faults NONE = new Faults(Map.of(), 0, 4000);

    Faults {
        errorRate = Map.copyOf(errorRate);
        errorRate.forEach((code, rate) -> {
            if (!code.equals("5xx") && !code.matches("-[0-9]+")) {
                throw new IllegalArgumentException(
                        "fault codes are Zalo error codes like \"-32\" or \"5xx\", got '" + code + "'");
            }
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("the rate of " + code + " must be between 0 and 1");
            }
        });
        if (latencyMs < 0 || latencyMs > 60_000) {
            throw new IllegalArgumentException("latencyMs must be between 0 and 60000");
        }
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("ratePerMinute must be at least 1");
        }
    }

    /** The fault this call draws, if any: "5xx" or an error code. */
    @Nullable
    String draw() {
        double roll = ThreadLocalRandom.current().nextDouble();
        double bound = 0;
        for (var entry : errorRate.entrySet()) {
            bound += entry.getValue();
            if (roll < bound) {
                return entry.getKey();
            }
        }
        return null;
    }
}
