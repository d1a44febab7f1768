package io.zpl.adapters.rest;

import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.NotFound;
import io.zpl.domain.zalo.OaId;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Where Zalo sends the admin's browser back from the permission page: the code is exchanged, then the browser goes to
 * the OA page. The single-use state authenticates the call; a bad one gets a plain page and nothing is stored.
 */
@RestController
class ZaloOAuthCallbackController {

    private final ConfigureZaloOa configure;

    ZaloOAuthCallbackController(ConfigureZaloOa configure) {
        this.configure = configure;
    }

    @GetMapping("/zalo/oauth/callback")
    ResponseEntity<String> callback(
            @RequestParam(required = false) @Nullable String code,
            @RequestParam(name = "oa_id", required = false) @Nullable String oaId,
            @RequestParam(required = false) @Nullable String state) {
        try {
            var oa = configure.completeAuthorization(
                    code == null ? "" : code, new OaId(oaId == null ? "" : oaId), state == null ? "" : state);
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/official-accounts/" + oa.id().value()))
                    .build();
        } catch (IllegalArgumentException | NotFound refused) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_HTML)
                    .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Zalo connection failed</title>"
                            + "</head><body><h1>The Official Account was not connected</h1><p>"
                            + HtmlUtils.htmlEscape(refused.getMessage())
                            + "</p><p><a href=\"/\">Back to Zalo Partner Links</a></p></body></html>");
        }
    }
}
