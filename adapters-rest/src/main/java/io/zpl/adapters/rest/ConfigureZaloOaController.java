package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Configure Zalo OA: register the App (secrets are never echoed), add OAs as drafts, get the OAuth permission URL. */
@RestController
@Tag(name = "Configure Zalo OA")
class ConfigureZaloOaController {

    private final ConfigureZaloOa configure;

    ConfigureZaloOaController(ConfigureZaloOa configure) {
        this.configure = configure;
    }

    record AppJson(
            @Nullable String appId,
            @Nullable String name,
            @Nullable String appSecret,
            @Nullable String oaSecretKey) {}

    record AppCreatedJson(String appId, String name) {}

    record OaJson(
            @Nullable String oaId,
            @Nullable String name,
            @Nullable String appId) {}

    record OaCreatedJson(String oaId, String name, String appId, String status) {}

    @PostMapping("/api/v1/zalo-apps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Register a Zalo App with its app secret and OA secret key (never shown again)",
            description = "Webhooks are verified with Zalo's documented signature (OA secret key); the UI can choose"
                    + " the app-secret variant per App.")
    AppCreatedJson registerApp(@RequestBody AppJson json, Authentication authentication) {
        var app = configure.registerApp(
                CurrentActor.of(authentication),
                new ZaloAppId(required(json.appId(), "appId")),
                required(json.name(), "name"),
                required(json.appSecret(), "appSecret"),
                required(json.oaSecretKey(), "oaSecretKey"),
                SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET);
        return new AppCreatedJson(app.id().value(), app.name());
    }

    @PostMapping("/api/v1/official-accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an Official Account of a registered App; it stays DRAFT until connected")
    OaCreatedJson addOfficialAccount(@RequestBody OaJson json, Authentication authentication) {
        var oa = configure.addOfficialAccount(
                CurrentActor.of(authentication),
                new OaId(required(json.oaId(), "oaId")),
                required(json.name(), "name"),
                new ZaloAppId(required(json.appId(), "appId")));
        return new OaCreatedJson(
                oa.id().value(), oa.name(), oa.appId().value(), oa.status().name());
    }

    @GetMapping("/api/v1/official-accounts/{oaId}/authorize-url")
    @Operation(summary = "Zalo's OAuth v4 permission URL for the OA, with a PKCE code challenge (S256) and a state")
    Map<String, String> authorizeUrl(@PathVariable String oaId, Authentication authentication) {
        return Map.of("url", configure.authorizeUrl(CurrentActor.of(authentication), new OaId(oaId)));
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
