package io.zpl.adapters.zalo.client;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.ProfileAnswer;
import io.zpl.application.port.out.SendAnswer;
import io.zpl.application.port.out.ZaloMessaging;
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
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Zalo OA OpenAPI over {@link HttpClient}. Each attempt waits for the App's rate budget, passes the OA's circuit
 * breaker and is retried with jittered exponential backoff while the failure is transient. A rate-limit answer
 * ({@code -32}) also uses up a quarter second of the App's budget, so every caller on the App slows down. A message
 * send is never retried: it is not idempotent.
 */
public final class ZaloOpenApiClient implements ZaloProfiles, ZaloMessaging {

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

    /**
     * One attempt, limited and circuit broken but not retried. Only an answer carrying Zalo's error code says that
     * nothing went out; anything less (timeout, HTTP error, unreadable body, no message id) leaves it unknown.
     */
    @Override
    public SendAnswer sendText(OaCall call, ZaloUserId user, String text) {
        URI uri = URI.create(settings.openApiBase() + "/v3.0/oa/message/cs");
        String body =
                ZaloJson.write(Map.of("recipient", Map.of("user_id", user.value()), "message", Map.of("text", text)));
        CallResult result;
        try {
            result = limitedAndBroken(call, () -> post(uri, call.accessToken(), body));
        } catch (CallNotPermittedException e) {
            return new SendAnswer.Unavailable("Zalo keeps failing for this OA, so calls are paused for "
                    + settings.circuitOpenFor().toSeconds() + " s to let it recover.");
        } catch (RequestNotPermitted e) {
            return new SendAnswer.Unavailable(
                    "The Zalo App's rate budget (" + settings.ratePerMinute() + " calls a minute) is used up for now.");
        }
        return switch (result) {
            case CallResult.Success success -> {
                String msgId = ZaloJson.text(success.data(), "message_id");
                Long sentTime = ZaloJson.integer(success.data(), "sent_time");
                yield msgId == null
                        ? new SendAnswer.Unknown("Zalo answered without a message id")
                        : new SendAnswer.Accepted(
                                msgId, sentTime == null ? clock.instant() : Instant.ofEpochMilli(sentTime));
            }
            case CallResult.Failure failure when failure.error().code() < 0 -> new SendAnswer.Refused(failure.error());
            case CallResult.Failure failure ->
                new SendAnswer.Unknown(
                        failure.error().plainWords() + ": " + failure.error().message());
        };
    }

    /** Rate limiter inside the circuit breaker inside the retry: every attempt is counted and limited. */
    private CallResult resilient(OaCall call, Supplier<CallResult> attempt) {
        Retry retry = resilience.retry(call.oaId());
        return Retry.decorateSupplier(retry, () -> limitedAndBroken(call, attempt))
                .get();
    }

    private CallResult limitedAndBroken(OaCall call, Supplier<CallResult> attempt) {
        RateLimiter limiter = resilience.limiter(call.appId());
        CircuitBreaker breaker = resilience.breaker(call.oaId());
        Supplier<CallResult> limited = RateLimiter.decorateSupplier(limiter, () -> {
            CallResult result = attempt.get();
            if (result instanceof CallResult.Failure failure && failure.error().isRateLimit()) {
                // pay for the refusal with a quarter second's budget: the whole App slows down, no count is lost
                limiter.acquirePermission(
                        Math.max(1, limiter.getRateLimiterConfig().getLimitForPeriod() / 4));
            }
            return result;
        });
        return CircuitBreaker.decorateSupplier(breaker, limited).get();
    }

    private CallResult get(URI uri, String accessToken) {
        return exchange(HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("access_token", accessToken)
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    private CallResult post(URI uri, String accessToken, String json) {
        return exchange(HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("access_token", accessToken)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private CallResult exchange(HttpRequest request) {
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
