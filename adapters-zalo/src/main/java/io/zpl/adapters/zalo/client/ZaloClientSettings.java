package io.zpl.adapters.zalo.client;

import java.net.URI;
import java.time.Duration;

/**
 * Where Zalo is and how politely we call it.
 *
 * @param openApiBase {@code https://openapi.zalo.me} (paths such as {@code /v3.0/oa/user/detail} are appended)
 * @param oauthBase {@code https://oauth.zaloapp.com} (paths {@code /v4/oa/access_token} and {@code /v4/oa/permission})
 * @param ratePerMinute requests per minute per App that we never exceed in any minute (Zalo's quota is 4,000)
 * @param rateWait how long a call may wait for the App's rate budget before the caller is told to come back later
 * @param maxAttempts attempts of one call when failures are transient (rate limit, 5xx, timeouts, unreadable answers)
 * @param firstBackoff the first pause between attempts; it doubles, with jitter, up to {@code maxBackoff}
 * @param circuitMinimumCalls calls an OA's circuit looks at before it may open
 * @param circuitFailureRate percentage of transient failures that opens an OA's circuit
 * @param circuitOpenFor how long an open circuit refuses calls before letting a few through to test Zalo
 */
public record ZaloClientSettings(
        URI openApiBase,
        URI oauthBase,
        Duration connectTimeout,
        Duration requestTimeout,
        int ratePerMinute,
        Duration rateWait,
        int maxAttempts,
        Duration firstBackoff,
        Duration maxBackoff,
        int circuitMinimumCalls,
        float circuitFailureRate,
        Duration circuitOpenFor) {

    public ZaloClientSettings {
        if (ratePerMinute < 1) {
            throw new IllegalArgumentException("the Zalo rate per minute must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("Zalo calls need at least one attempt");
        }
        openApiBase = withoutTrailingSlash(openApiBase);
        oauthBase = withoutTrailingSlash(oauthBase);
    }

    /** Zalo's real hosts with the defaults of ZALO.md. */
    public static ZaloClientSettings defaults() {
        return new ZaloClientSettings(
                URI.create("https://openapi.zalo.me"),
                URI.create("https://oauth.zaloapp.com"),
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                4_000,
                Duration.ofSeconds(30),
                4,
                Duration.ofMillis(200),
                Duration.ofSeconds(5),
                20,
                50f,
                Duration.ofSeconds(30));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }
}
