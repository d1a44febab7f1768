package io.zpl.adapters.zalo.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Zalo OA OpenAPI v3 as ZALO.md describes it: {@code access_token} header, GET parameters in {@code ?data=} JSON,
 * every answer {@code {"data","error","message"}} and errors with HTTP 200 and {@code error != 0}.
 */
@RestController
@RequestMapping("/sandbox/zalo/openapi/v3.0/oa")
@ConditionalOnBooleanProperty("zpl.sandbox.enabled")
class SandboxOpenApiController {

    private static final DateTimeFormatter ZALO_DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int MAX_TEXT = 2000;

    private final ZaloSandbox sandbox;
    private final DeliveryReports reports;
    private final JsonMapper json = JsonMapper.builder().build();

    SandboxOpenApiController(ZaloSandbox sandbox) {
        this.sandbox = sandbox;
        this.reports = new DeliveryReports(sandbox);
    }

    @GetMapping(path = "/user/detail", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> userDetail(
            @RequestHeader(name = "access_token", required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String data) {
        return call(token, data, (oa, params) -> {
            var user = sandbox.user(oa.oaId(), text(params, "user_id"));
            if (user.isEmpty()) {
                return ZaloAnswer.error(-201, "User id is invalid");
            }
            return ZaloAnswer.ok(detail(user.get()));
        });
    }

    @GetMapping(path = "/user/getlist", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> userList(
            @RequestHeader(name = "access_token", required = false) @Nullable String token,
            @RequestParam(required = false) @Nullable String data) {
        return call(token, data, (oa, params) -> {
            int offset = params.path("offset").asInt(0);
            int count = params.path("count").asInt(15);
            if (offset < 0 || offset > 9951 || count < 1 || count > 50) {
                return ZaloAnswer.error(-201, "Parameter is invalid: count must be 1..50 and offset 0..9951");
            }
            var followerFilter = params.get("is_follower");
            var users = sandbox.users(oa.oaId()).stream()
                    .filter(u -> followerFilter == null || followerFilter.asBoolean() == u.follower())
                    .toList();
            var page = users.stream()
                    .skip(offset)
                    .limit(count)
                    .map(u -> Map.of("user_id", u.userId()))
                    .toList();
            return ZaloAnswer.ok(Map.of("total", users.size(), "count", page.size(), "offset", offset, "users", page));
        });
    }

    @PostMapping(path = "/quota/message", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> quota(
            @RequestHeader(name = "access_token", required = false) @Nullable String token,
            @RequestBody(required = false) @Nullable String body) {
        return call(token, body, (oa, params) -> {
            var user = sandbox.user(oa.oaId(), text(params, "user_id"));
            if (user.isEmpty()) {
                return ZaloAnswer.error(-201, "User id is invalid");
            }
            var last = user.get().lastInteraction();
            var data = new LinkedHashMap<String, Object>();
            data.put("last_interaction", last == null ? "" : Long.toString(last.toEpochMilli()));
            data.put("quota_type", "cs");
            data.put("remain", inWindow(user.get(), Duration.ofDays(7)) ? 8 : 0);
            data.put("total", 8);
            return ZaloAnswer.ok(data);
        });
    }

    /** Like Zalo, reports the message to the App's webhook afterwards: sent, then received by the customer. */
    @PostMapping(path = "/message/cs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> sendCs(
            @RequestHeader(name = "access_token", required = false) @Nullable String token,
            @RequestBody(required = false) @Nullable String body,
            HttpServletRequest request) {
        return call(token, body, (oa, params) -> {
            String userId = text(params.path("recipient"), "user_id");
            String text = text(params.path("message"), "text");
            var user = sandbox.user(oa.oaId(), userId);
            if (user.isEmpty() || text.isEmpty() || text.length() > MAX_TEXT) {
                return ZaloAnswer.error(-201, "Parameter is invalid");
            }
            if (!inWindow(user.get(), Duration.ofDays(7))) {
                return ZaloAnswer.error(-230, "User has not interacted with the OA in the last 7 days");
            }
            var sent = sandbox.recordSent(oa.oaId(), userId, text);
            reports.reportLater(oa, user.get(), sent, SignedWebhook.target(sandbox, request));
            return ZaloAnswer.ok(Map.of(
                    "message_id", sent.messageId(),
                    "user_id", userId,
                    "sent_time", Long.toString(sent.at().toEpochMilli()),
                    "quota", Map.of("quota_type", "cs", "remain", "7", "total", "8")));
        });
    }

    private boolean inWindow(SandboxUser user, Duration window) {
        return user.lastInteraction() != null
                && user.lastInteraction().isAfter(sandbox.now().minus(window));
    }

    private Map<String, Object> detail(SandboxUser user) {
        var data = new LinkedHashMap<String, Object>();
        data.put("user_id", user.userId());
        data.put("user_id_by_app", user.userIdByApp());
        data.put("user_external_id", "");
        data.put("display_name", user.displayName());
        data.put("user_alias", user.alias() == null ? "" : user.alias());
        data.put("is_sensitive", false);
        data.put(
                "user_last_interaction_date",
                user.lastInteraction() == null ? "" : ZALO_DATE.format(user.lastInteraction()));
        data.put("user_is_follower", user.follower());
        String avatar = user.avatar() == null ? "" : user.avatar();
        data.put("avatar", avatar);
        data.put("avatars", Map.of("120", avatar, "240", avatar));
        data.put("tags_and_notes_info", Map.of("tag_names", List.of(), "notes", List.of()));
        if (!user.sharedInfo().isEmpty()) {
            data.put("shared_info", user.sharedInfo());
        }
        return data;
    }

    /** Faults, rate limit and token first, exactly where Zalo would refuse; then the call itself. */
    private ResponseEntity<Map<String, Object>> call(@Nullable String token, @Nullable String params, CallBody body) {
        var faults = sandbox.faults();
        if (faults.latencyMs() > 0) {
            sleep(faults.latencyMs());
        }
        var grant = sandbox.accessGrant(token);
        if (grant.isEmpty()) {
            return ZaloAnswer.error(-216, "Access token is invalid").entity();
        }
        if (!grant.get().expiresAt().isAfter(sandbox.now())) {
            return ZaloAnswer.error(-220, "Access token has expired").entity();
        }
        if (!sandbox.withinRate(grant.get().appId())) {
            return ZaloAnswer.error(-32, "Request exceeds the rate limit of the App")
                    .entity();
        }
        String fault = faults.draw();
        if ("5xx".equals(fault)) {
            return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
        }
        if (fault != null) {
            return ZaloAnswer.error(Integer.parseInt(fault), "Injected by the sandbox")
                    .entity();
        }
        var oa = sandbox.oa(grant.get().oaId()).orElseThrow();
        JsonNode parsed;
        try {
            parsed = params == null || params.isBlank() ? json.createObjectNode() : json.readTree(params);
        } catch (JacksonException e) {
            return ZaloAnswer.error(-201, "Parameter is invalid: data is not JSON")
                    .entity();
        }
        return body.apply(oa, parsed).entity();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString().strip();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface CallBody {
        ZaloAnswer apply(ZaloSandbox.Oa oa, JsonNode params);
    }

    /** Zalo's envelope: errors travel with HTTP 200. */
    record ZaloAnswer(Map<String, Object> body) {
        static ZaloAnswer ok(Object data) {
            var body = new LinkedHashMap<String, Object>();
            body.put("data", data);
            body.put("error", 0);
            body.put("message", "Success");
            return new ZaloAnswer(body);
        }

        static ZaloAnswer error(int code, String message) {
            var body = new LinkedHashMap<String, Object>();
            body.put("error", code);
            body.put("message", message);
            return new ZaloAnswer(body);
        }

        ResponseEntity<Map<String, Object>> entity() {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
    }
}
