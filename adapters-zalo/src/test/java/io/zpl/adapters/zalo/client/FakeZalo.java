package io.zpl.adapters.zalo.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process Zalo speaking ZALO.md's shapes over real HTTP, with injected faults: 5xx, timeouts, {@code -32}
 * bursts, malformed bodies, a per-minute cap, expired tokens and single-use refresh tokens.
 */
final class FakeZalo implements AutoCloseable {

    final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    final Map<String, String> refreshTokens = new ConcurrentHashMap<>();
    final Map<String, String> userData = new ConcurrentHashMap<>();
    final List<Long> detailCalls = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger refreshCalls = new AtomicInteger();
    final AtomicInteger rejectedOverCap = new AtomicInteger();
    volatile double errorRate5xx;
    volatile double timeoutRate;
    volatile double rateLimitRate;
    volatile long latencyMs;
    volatile int capPerMinute = Integer.MAX_VALUE;
    volatile long timeoutSleepMs = 3_000;
    /** When set, answers every user/detail call instead of the stored users (status, body). */
    volatile Function<String, String[]> override;
    /** Bodies of the {@code message/cs} calls, in order. */
    final List<String> sends = Collections.synchronizedList(new ArrayList<>());
    /** The answer to every {@code message/cs} call (status, body); a status of 0 never answers in time. */
    volatile String[] sendAnswer = {"200", """
            {"data":{"message_id":"a1b2c3","user_id":"4572947693969771653","sent_time":"1795600000000"},
             "error":0,"message":"Success"}"""};

    private final HttpServer server;
    private final Map<Long, AtomicInteger> perMinute = new ConcurrentHashMap<>();

    FakeZalo() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v3.0/oa/user/detail", this::detail);
        server.createContext("/v4/oa/access_token", this::token);
        server.createContext("/v3.0/oa/message/cs", this::send);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A user as Zalo returns it: ids as numbers, Vietnamese date, shared info with a numeric phone, extra fields. */
    void user(String userId, String displayName) {
        userData.put(userId, """
                {"user_id":%s,"user_id_by_app":"8%s","display_name":"%s","user_alias":"",
                 "user_last_interaction_date":"24/11/2026","user_is_follower":true,"avatar":"https://a/%s.jpg",
                 "avatars":{"120":"https://a/120.jpg"},"is_sensitive":false,"brand_new_field":{"x":1}}
                """.formatted(userId, userId.substring(1), displayName, userId));
    }

    String issuePair() {
        String access = "at-" + UUID.randomUUID();
        validTokens.add(access);
        return access;
    }

    int detailCount() {
        return detailCalls.size();
    }

    /** The most calls seen in any window of {@code windowMs} (sliding), to check the client's rate. */
    int maxInWindow(long windowMs) {
        List<Long> times;
        synchronized (detailCalls) {
            times = new ArrayList<>(detailCalls);
        }
        Collections.sort(times);
        int best = 0;
        int start = 0;
        for (int end = 0; end < times.size(); end++) {
            while (times.get(end) - times.get(start) >= windowMs) {
                start++;
            }
            best = Math.max(best, end - start + 1);
        }
        return best;
    }

    private void detail(HttpExchange exchange) throws IOException {
        detailCalls.add(System.currentTimeMillis());
        sleep(latencyMs);
        long minute = System.currentTimeMillis() / 60_000;
        if (perMinute.computeIfAbsent(minute, m -> new AtomicInteger()).incrementAndGet() > capPerMinute) {
            rejectedOverCap.incrementAndGet();
            answer(exchange, 200, "{\"error\":-32,\"message\":\"Request exceeds the rate limit\"}");
            return;
        }
        var random = ThreadLocalRandom.current();
        double roll = random.nextDouble();
        if (roll < errorRate5xx) {
            answer(exchange, 502, "<html>Bad gateway</html>");
            return;
        }
        if (roll < errorRate5xx + timeoutRate) {
            sleep(timeoutSleepMs);
            answer(exchange, 200, "{}");
            return;
        }
        if (roll < errorRate5xx + timeoutRate + rateLimitRate) {
            answer(exchange, 200, "{\"error\":-32,\"message\":\"Request exceeds the rate limit\"}");
            return;
        }
        String token = exchange.getRequestHeaders().getFirst("access_token");
        if (token == null || !validTokens.contains(token)) {
            answer(exchange, 200, "{\"error\":-216,\"message\":\"Access token is invalid\"}");
            return;
        }
        String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String userId = query.replaceAll(".*\"user_id\":\"?([0-9]+)\"?.*", "$1");
        if (override != null) {
            String[] scripted = override.apply(userId);
            answer(exchange, Integer.parseInt(scripted[0]), scripted[1]);
            return;
        }
        String data = userData.get(userId);
        if (data == null) {
            answer(exchange, 200, "{\"error\":-201,\"message\":\"User id is invalid\"}");
            return;
        }
        answer(exchange, 200, "{\"data\":" + data + ",\"error\":0,\"message\":\"Success\"}");
    }

    private void send(HttpExchange exchange) throws IOException {
        sends.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] scripted = sendAnswer;
        if (scripted[0].equals("0")) {
            sleep(timeoutSleepMs);
            answer(exchange, 200, scripted[1]);
            return;
        }
        answer(exchange, Integer.parseInt(scripted[0]), scripted[1]);
    }

    private void token(HttpExchange exchange) throws IOException {
        refreshCalls.incrementAndGet();
        sleep(50);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String refresh = URLDecoder.decode(body.replaceAll(".*refresh_token=([^&]*).*", "$1"), StandardCharsets.UTF_8);
        if (!body.contains("grant_type=refresh_token") || refreshTokens.remove(refresh) == null) {
            answer(exchange, 200, """
                    {"error":-14020,"error_name":"invalid_grant","error_reason":"Refresh token is invalid"}""");
            return;
        }
        String access = issuePair();
        String next = "rt-" + UUID.randomUUID();
        refreshTokens.put(next, "ok");
        answer(exchange, 200, """
                {"access_token":"%s","refresh_token":"%s","expires_in":"90000"}""".formatted(access, next));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
