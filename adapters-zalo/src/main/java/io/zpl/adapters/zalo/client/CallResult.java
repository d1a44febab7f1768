package io.zpl.adapters.zalo.client;

import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloErrorClass;
import tools.jackson.databind.JsonNode;

/** One HTTP attempt at a Zalo OpenAPI call: its {@code data}, or the error it ended with. */
sealed interface CallResult {

    record Success(JsonNode data) implements CallResult {}

    record Failure(ZaloError error) implements CallResult {
        boolean isTransient() {
            return error.kind() == ZaloErrorClass.TRANSIENT;
        }

        /** Server trouble counts against the OA's circuit; a rate limit is the App's budget, not the OA's health. */
        boolean countsAgainstOa() {
            return isTransient() && !error.isRateLimit();
        }
    }
}
