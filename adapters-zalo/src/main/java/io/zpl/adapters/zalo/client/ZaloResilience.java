package io.zpl.adapters.zalo.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.time.Duration;

/**
 * One named instance set per App and OA: a rate limiter per App, a circuit breaker and a retry per OA.
 *
 * <p>The limiter hands out {@code ratePerMinute / 61} permits per second: a one-second cycle is the shortest that
 * keeps bursts small, and any 60-second window (aligned with Zalo's minute or not) touches at most 61 cycles, so no
 * minute ever sees more than {@code ratePerMinute} calls.
 */
final class ZaloResilience {

    private final RateLimiterRegistry limiters;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    ZaloResilience(ZaloClientSettings settings) {
        limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .limitForPeriod(Math.max(1, settings.ratePerMinute() / 61))
                .timeoutDuration(settings.rateWait())
                .build());
        breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(Math.max(settings.circuitMinimumCalls(), 10))
                .minimumNumberOfCalls(settings.circuitMinimumCalls())
                .failureRateThreshold(settings.circuitFailureRate())
                .waitDurationInOpenState(settings.circuitOpenFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordResult(result -> result instanceof CallResult.Failure failure && failure.countsAgainstOa())
                .recordException(e -> true)
                .build());
        retries = RetryRegistry.of(RetryConfig.<CallResult>custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        settings.firstBackoff(), 2.0, 0.5, settings.maxBackoff()))
                .retryOnResult(result -> result instanceof CallResult.Failure failure && failure.isTransient())
                .retryOnException(e -> false)
                .failAfterMaxAttempts(false)
                .build());
    }

    RateLimiter limiter(ZaloAppId app) {
        return limiters.rateLimiter("zalo-app-" + app.value());
    }

    CircuitBreaker breaker(OaId oa) {
        return breakers.circuitBreaker("zalo-oa-" + oa.value());
    }

    Retry retry(OaId oa) {
        return retries.retry("zalo-oa-" + oa.value());
    }
}
