package io.zpl.application.port.out;

import io.zpl.domain.link.FetchedProfile;
import io.zpl.domain.zalo.ZaloError;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How a {@code user/detail} call ended, after the client's own retries of transient failures. */
public sealed interface ProfileAnswer {

    record Found(FetchedProfile profile) implements ProfileAnswer {}

    /** Zalo answered with a non-transient error (user, token, quota or OA class). */
    record Refused(ZaloError error) implements ProfileAnswer {}

    /** Transient failures used up the retry budget. */
    record GaveUp(@Nullable ZaloError lastError, int attempts) implements ProfileAnswer {}

    /** No call was made: the OA's circuit is open or the App's rate budget stayed exhausted. */
    record Unavailable(String reason, Instant retryAt) implements ProfileAnswer {}
}
