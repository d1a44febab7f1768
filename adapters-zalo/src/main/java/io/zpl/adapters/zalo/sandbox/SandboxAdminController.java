package io.zpl.adapters.zalo.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Driving the sandbox: fault injection, the traffic it saw, its users, and the customer simulator (API and page). */
@RestController
@RequestMapping("/sandbox/zalo")
@ConditionalOnBooleanProperty("zpl.sandbox.enabled")
class SandboxAdminController {

    private final ZaloSandbox sandbox;
    private final CustomerSimulator simulator;

    SandboxAdminController(ZaloSandbox sandbox) {
        this.sandbox = sandbox;
        this.simulator = new CustomerSimulator(sandbox);
    }

    @GetMapping(
            path = {"", "/"},
            produces = MediaType.TEXT_HTML_VALUE)
    String page() {
        return SandboxPage.simulator(sandbox.oas(), sandbox.settings().apps());
    }

    record FaultsJson(
            @Nullable Map<String, Double> errorRate,
            @Nullable Long latencyMs,
            @Nullable Integer ratePerMinute) {}

    @GetMapping(path = "/faults", produces = MediaType.APPLICATION_JSON_VALUE)
    FaultsJson faults() {
        var f = sandbox.faults();
        return new FaultsJson(f.errorRate(), f.latencyMs(), f.ratePerMinute());
    }

    @PutMapping(path = "/faults", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> setFaults(@Nullable Authentication authentication, @RequestBody FaultsJson json) {
        var refused = requireZaloAdmin(authentication);
        if (refused != null) {
            return refused;
        }
        sandbox.faults(new Faults(
                json.errorRate() == null ? Map.of() : json.errorRate(),
                json.latencyMs() == null ? 0 : json.latencyMs(),
                json.ratePerMinute() == null ? 4000 : json.ratePerMinute()));
        return ResponseEntity.ok(faults());
    }

    /**
     * The App's OpenAPI calls as the sandbox saw them: how many, how many it refused over the per-minute quota, the most
     * in any 60 seconds, and the seconds from the first to the last.
     */
    @GetMapping(path = "/traffic/{appId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Traffic.Summary traffic(@PathVariable String appId) {
        return sandbox.traffic(appId).summary();
    }

    @DeleteMapping("/traffic")
    ResponseEntity<?> forgetTraffic(@Nullable Authentication authentication) {
        var refused = requireZaloAdmin(authentication);
        if (refused != null) {
            return refused;
        }
        sandbox.forgetTraffic();
        return ResponseEntity.noContent().build();
    }

    record UserJson(
            @Nullable String displayName,
            @Nullable String avatar,
            @Nullable String alias,
            @Nullable Boolean follower,
            @Nullable String userIdByApp,
            @Nullable Map<String, String> sharedInfo) {}

    @PutMapping(path = "/users/{oaId}/{zaloUserId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> putUser(
            @PathVariable String oaId, @PathVariable String zaloUserId, @RequestBody UserJson json) {
        if (sandbox.oa(oaId).isEmpty()) {
            throw new IllegalArgumentException("the sandbox knows no OA " + oaId);
        }
        if (!zaloUserId.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("zaloUserId must be a decimal Zalo id");
        }
        var current = sandbox.user(oaId, zaloUserId);
        String byApp = json.userIdByApp() != null
                ? json.userIdByApp()
                : current.map(SandboxUser::userIdByApp).orElse("8" + zaloUserId.substring(1));
        if (!byApp.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("userIdByApp must be a decimal Zalo id");
        }
        var user = new SandboxUser(
                oaId,
                zaloUserId,
                byApp,
                json.displayName() != null
                        ? json.displayName()
                        : current.map(SandboxUser::displayName).orElse("Khách " + zaloUserId),
                json.avatar() != null
                        ? json.avatar()
                        : current.map(SandboxUser::avatar).orElse(null),
                json.alias() != null
                        ? json.alias()
                        : current.map(SandboxUser::alias).orElse(null),
                json.follower() != null
                        ? json.follower()
                        : current.map(SandboxUser::follower).orElse(false),
                current.map(SandboxUser::lastInteraction).orElse(null),
                json.sharedInfo() != null
                        ? new HashMap<>(json.sharedInfo())
                        : current.map(SandboxUser::sharedInfo).orElse(Map.of()));
        return view(sandbox.put(user));
    }

    @GetMapping(path = "/users/{oaId}", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> users(@PathVariable String oaId) {
        return sandbox.users(oaId).stream().map(SandboxAdminController::view).toList();
    }

    @PostMapping(path = "/simulate", produces = MediaType.APPLICATION_JSON_VALUE)
    CustomerSimulator.Result simulate(
            @RequestBody CustomerSimulator.Simulation simulation, HttpServletRequest request) {
        return simulator.simulate(simulation, SignedWebhook.target(sandbox, request));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> unreachable(IllegalStateException e) {
        return problem(HttpStatus.BAD_GATEWAY, "WEBHOOK_UNREACHABLE", e.getMessage());
    }

    private static @Nullable ResponseEntity<ProblemDetail> requireZaloAdmin(@Nullable Authentication authentication) {
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName());
        if (!signedIn) {
            return problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in as a Zalo Admin (HTTP Basic).");
        }
        boolean admin =
                authentication.getAuthorities().stream().anyMatch(a -> "ROLE_ZALO_ADMIN".equals(a.getAuthority()));
        return admin
                ? null
                : problem(
                        HttpStatus.FORBIDDEN,
                        "MISSING_ZALO_ADMIN_PERMISSION",
                        "Missing Zalo Admin permission — ask an administrator.");
    }

    private static Map<String, Object> view(SandboxUser user) {
        var json = new LinkedHashMap<String, Object>();
        json.put("oaId", user.oaId());
        json.put("zaloUserId", user.userId());
        json.put("userIdByApp", user.userIdByApp());
        json.put("displayName", user.displayName());
        json.put("avatar", user.avatar());
        json.put("alias", user.alias());
        json.put("follower", user.follower());
        json.put("lastInteraction", user.lastInteraction());
        json.put("sharedInfo", user.sharedInfo());
        return json;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
