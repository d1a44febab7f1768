package io.zpl.adapters.zalo.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Zalo calling an App's webhook: the body signed with the App's OA secret key, POSTed over real HTTP. */
final class SignedWebhook {

    /** What was sent and how the webhook answered. */
    record Delivery(URI webhook, String body, int status, String response) {}

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SignedWebhook() {}

    /** The configured webhook, or this server's own {@code /zalo/webhook} on the port the request came in on. */
    static URI target(ZaloSandbox sandbox, HttpServletRequest request) {
        String configured = sandbox.settings().webhookUrl();
        return configured != null && !configured.isBlank()
                ? URI.create(configured)
                : URI.create("http://127.0.0.1:" + request.getLocalPort() + "/zalo/webhook");
    }

    /** @param timestamp the body's {@code timestamp}, which the signature covers too */
    static Delivery post(URI webhook, ZaloSandbox.Oa oa, Map<String, Object> body, String timestamp) {
        byte[] raw = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        String mac = sha256Hex(oa.app().appId(), raw, timestamp, oa.app().oaSecretKey());
        var request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-ZEvent-Signature", "mac=" + mac)
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Delivery(
                    webhook, new String(raw, StandardCharsets.UTF_8), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the webhook at " + webhook + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the webhook", e);
        }
    }

    /** Zalo's signature, written out here independently of the server's own check. */
    static String sha256Hex(String appId, byte[] body, String timestamp, String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(appId.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            digest.update(timestamp.getBytes(StandardCharsets.UTF_8));
            digest.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
