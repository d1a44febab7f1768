package io.zpl.adapters.zalo.sandbox;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * OAuth v4 for OAs as ZALO.md describes it: the permission page an admin clicks through, and the token endpoint
 * (form body, {@code secret_key} header, string {@code expires_in}, single-use refresh tokens, failures as
 * {@code error_name}/{@code error_reason}/{@code error_description} with HTTP 200).
 */
@RestController
@RequestMapping("/sandbox/zalo/oauth/v4/oa")
@ConditionalOnBooleanProperty("zpl.sandbox.enabled")
class SandboxOAuthController {

    private final ZaloSandbox sandbox;

    SandboxOAuthController(ZaloSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @PostMapping(
            path = "/access_token",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> accessToken(
            @RequestHeader(name = "secret_key", required = false) @Nullable String secretKey,
            @RequestParam(name = "app_id", required = false) @Nullable String appId,
            @RequestParam(name = "grant_type", required = false) @Nullable String grantType,
            @RequestParam(name = "refresh_token", required = false) @Nullable String refreshToken,
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(name = "code_verifier", required = false) @Nullable String codeVerifier) {
        var app = appId == null ? null : sandbox.app(appId).orElse(null);
        if (app == null || secretKey == null || !app.appSecret().equals(secretKey)) {
            return failure(-14014, "invalid_client", "The app id or the secret key is wrong");
        }
        if ("refresh_token".equals(grantType) && refreshToken != null) {
            return sandbox.redeemRefreshToken(refreshToken)
                    .filter(grant -> grant.appId().equals(appId))
                    .<Map<String, Object>>map(grant -> new LinkedHashMap<>(sandbox.issuePair(grant.oaId(), appId)))
                    .orElseGet(() -> failure(-14020, "invalid_grant", "The refresh token is invalid or was used"));
        }
        if ("authorization_code".equals(grantType) && code != null && codeVerifier != null) {
            return sandbox.redeemCode(code, codeVerifier)
                    .filter(c -> c.appId().equals(appId))
                    .<Map<String, Object>>map(c -> new LinkedHashMap<>(sandbox.issuePair(c.oaId(), appId)))
                    .orElseGet(
                            () -> failure(-14019, "invalid_grant", "The code is invalid, expired, used or fails PKCE"));
        }
        return failure(-14004, "invalid_request", "grant_type with its parameters is required");
    }

    /** The page Zalo shows the OA admin; here every OA of the App can be granted with one click. */
    @GetMapping(path = "/permission", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> permission(
            @RequestParam(name = "app_id") String appId,
            @RequestParam(name = "redirect_uri") String redirectUri,
            @RequestParam(name = "code_challenge") String codeChallenge,
            @RequestParam(required = false, defaultValue = "") String state) {
        var app = sandbox.app(appId);
        if (app.isEmpty()) {
            return ResponseEntity.badRequest().body(SandboxPage.wrap("Unknown app", "<p>No such Zalo App.</p>"));
        }
        var choices = new StringBuilder();
        for (var oa : app.get().oas()) {
            choices.append("<li><a href=\"permission/grant?app_id=")
                    .append(enc(appId))
                    .append("&oa_id=")
                    .append(enc(oa.oaId()))
                    .append("&redirect_uri=")
                    .append(enc(redirectUri))
                    .append("&code_challenge=")
                    .append(enc(codeChallenge))
                    .append("&state=")
                    .append(enc(state))
                    .append("\">Allow ")
                    .append(HtmlUtils.htmlEscape(app.get().name()))
                    .append(" to manage ")
                    .append(HtmlUtils.htmlEscape(oa.name()))
                    .append("</a></li>");
        }
        return ResponseEntity.ok(SandboxPage.wrap(
                "Grant permission",
                "<p>Choose the Official Account to connect to <b>"
                        + HtmlUtils.htmlEscape(app.get().name()) + "</b>.</p><ul>" + choices + "</ul>"));
    }

    @GetMapping("/permission/grant")
    ResponseEntity<Void> grant(
            @RequestParam(name = "app_id") String appId,
            @RequestParam(name = "oa_id") String oaId,
            @RequestParam(name = "redirect_uri") String redirectUri,
            @RequestParam(name = "code_challenge") String codeChallenge,
            @RequestParam(required = false, defaultValue = "") String state) {
        var oa = sandbox.oa(oaId).filter(o -> o.app().appId().equals(appId));
        if (oa.isEmpty()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).build();
        }
        String code = sandbox.issueCode(oaId, appId, codeChallenge);
        String separator = redirectUri.contains("?") ? "&" : "?";
        var location = URI.create(
                redirectUri + separator + "code=" + enc(code) + "&oa_id=" + enc(oaId) + "&state=" + enc(state));
        return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
    }

    private static Map<String, Object> failure(int error, String name, String reason) {
        var body = new LinkedHashMap<String, Object>();
        body.put("error", error);
        body.put("error_name", name);
        body.put("error_reason", reason);
        body.put("error_description", reason);
        return body;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
