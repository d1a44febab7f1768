package io.zpl.adapters.zalo.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.ProfileAnswer;
import io.zpl.application.port.out.ZaloProfiles;
import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloUserId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Zalo OA OpenAPI over {@link HttpClient}. Each attempt waits for the App's rate budget, passes the OA's circuit
 * breaker and is retried with jittered exponential backoff while the failure is transient. A rate-limit answer
 * ({@code -32}) also uses up a quarter second of the App's budget, so every caller on the App slows down.
 */
public final class ZaloOpenApiClient implements ZaloProfiles {

    private final ZaloClientSettings settings;
    private final HttpClient http;
    private final ZaloResilience resilience;
    private final Clock clock;

    public ZaloOpenApiClient(ZaloClientSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.resilience = new ZaloResilience(settings);
        this.http = HttpClients.create(settings);
    }

    @Override
    public ProfileAnswer fetch(OaCall call, ZaloUserId user) {
        URI uri = URI.create(settings.openApiBase() + "/v3.0/oa/user/detail?data="
                + URLEncoder.encode(ZaloJson.write(Map.of("user_id", user.value())), StandardCharsets.UTF_8));
        var attempts = new AtomicInteger();
        CallResult result;
        try {
            result = resilient(call, () -> {
                attempts.incrementAndGet();
                return get(uri, call.accessToken());
            });
        } catch (CallNotPermittedException e) {
            return new ProfileAnswer.Unavailable(
                    "Zalo keeps failing for this OA, so calls are paused for "
                            + settings.circuitOpenFor().toSeconds() + " s to let it recover.",
                    clock.instant().plus(settings.circuitOpenFor()));
        } catch (RequestNotPermitted e) {
            return new ProfileAnswer.Unavailable(
                    "The Zalo App's rate budget (" + settings.ratePerMinute() + " calls a minute) is used up for now.",
                    clock.instant().plus(Duration.ofMinutes(1)));
        }
        return switch (result) {
            case CallResult.Success success ->
                UserDetailParser.parse(success.data())
                        .<ProfileAnswer>map(ProfileAnswer.Found::new)
                        .orElseGet(() -> new ProfileAnswer.GaveUp(
                                ZaloError.malformed("the answer has no valid user_id"), attempts.get()));
            case CallResult.Failure failure
            when failure.isTransient() -> new ProfileAnswer.GaveUp(failure.error(), attempts.get());
            case CallResult.Failure failure -> new ProfileAnswer.Refused(failure.error());
        };
    }

    /** Rate limiter inside the circuit breaker inside the retry: every attempt is counted and limited. */
    private CallResult resilient(OaCall call, Supplier<CallResult> attempt) {
        RateLimiter limiter = resilience.limiter(call.appId());
        CircuitBreaker breaker = resilience.breaker(call.oaId());
        Retry retry = resilience.retry(call.oaId());
        Supplier<CallResult> limited = RateLimiter.decorateSupplier(limiter, () -> {
            CallResult result = attempt.get();
            if (result instanceof CallResult.Failure failure && failure.error().isRateLimit()) {
                // pay for the refusal with a quarter second's budget: the whole App slows down, no count is lost
                limiter.acquirePermission(
                        Math.max(1, limiter.getRateLimiterConfig().getLimitForPeriod() / 4));
            }
            return result;
        });
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, limited))
                .get();
    }

    private CallResult get(URI uri, String accessToken) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("access_token", accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return ZaloJson.envelope(http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (HttpTimeoutException e) {
            return new CallResult.Failure(ZaloError.timeout("no answer within " + settings.requestTimeout()));
        } catch (IOException e) {
            return new CallResult.Failure(
                    ZaloError.timeout("connection failed: " + e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new CallResult.Failure(ZaloError.timeout("interrupted"));
        }
    }
}
