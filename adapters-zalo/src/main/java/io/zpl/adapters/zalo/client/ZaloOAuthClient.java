package io.zpl.adapters.zalo.client;

import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.domain.zalo.ZaloAppId;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Zalo OAuth v4 for OAs. Never retried: a code and a refresh token are single use, and a refresh Zalo may have
 * performed must not be repeated blindly. A body without {@code access_token} is a failure, whatever the HTTP status.
 */
public final class ZaloOAuthClient implements ZaloOAuth {

    private final ZaloClientSettings settings;
    private final HttpClient http;

    public ZaloOAuthClient(ZaloClientSettings settings) {
        this.settings = settings;
        this.http = HttpClients.create(settings);
    }

    @Override
    public URI authorizeUrl(ZaloAppId app, URI redirectUri, String codeChallenge, String state) {
        return URI.create(settings.oauthBase() + "/v4/oa/permission?"
                + form(Map.of(
                        "app_id",
                        app.value(),
                        "redirect_uri",
                        redirectUri.toString(),
                        "code_challenge",
                        codeChallenge,
                        "state",
                        state)));
    }

    @Override
    public GrantAnswer exchangeCode(ZaloAppId app, String appSecret, String code, String codeVerifier) {
        return tokenCall(
                appSecret,
                Map.of(
                        "code",
                        code,
                        "app_id",
                        app.value(),
                        "grant_type",
                        "authorization_code",
                        "code_verifier",
                        codeVerifier));
    }

    @Override
    public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
        return tokenCall(
                appSecret, Map.of("refresh_token", refreshToken, "app_id", app.value(), "grant_type", "refresh_token"));
    }

    private GrantAnswer tokenCall(String appSecret, Map<String, String> body) {
        var request = HttpRequest.newBuilder(URI.create(settings.oauthBase() + "/v4/oa/access_token"))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("secret_key", appSecret)
                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new GrantAnswer.Unreachable(
                    "no answer from Zalo's login service (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GrantAnswer.Unreachable("interrupted");
        }
        return grant(response);
    }

    static GrantAnswer grant(HttpResponse<String> response) {
        JsonNode body = ZaloJson.parse(response.body());
        if (body == null || !body.isObject()) {
            return response.statusCode() >= 500
                    ? new GrantAnswer.Unreachable("Zalo's login service answered HTTP " + response.statusCode())
                    : new GrantAnswer.Refused(
                            "Zalo's login service gave an unreadable answer (HTTP " + response.statusCode() + ")");
        }
        String access = ZaloJson.text(body, "access_token");
        String refresh = ZaloJson.text(body, "refresh_token");
        Long expiresIn = ZaloJson.integer(body, "expires_in");
        if (access == null || refresh == null) {
            return new GrantAnswer.Refused(reason(body));
        }
        return new GrantAnswer.Granted(
                access, refresh, Duration.ofSeconds(expiresIn == null || expiresIn <= 0 ? 90_000 : expiresIn));
    }

    private static String reason(JsonNode body) {
        var parts = new LinkedHashMap<String, String>();
        for (String field : new String[] {"error_name", "error_reason", "error_description", "message"}) {
            String value = ZaloJson.text(body, field);
            if (value != null && !parts.containsValue(value)) {
                parts.put(field, value);
            }
        }
        String code = ZaloJson.text(body, "error");
        String words = parts.isEmpty() ? "no token in the answer" : String.join(": ", parts.values());
        return code == null ? words : words + ", error " + code;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
