package io.zpl.adapters.zalo.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A customer doing something on an OA, and Zalo telling the App's webhook about it: the body Zalo would send,
 * delivered as a {@link SignedWebhook}.
 */
final class CustomerSimulator {

    record Simulation(
            String oaId,
            @Nullable String zaloUserId,
            @Nullable String displayName,
            String eventName,
            @Nullable String text,
            @Nullable String phone) {}

    record Result(
            String zaloUserId,
            String userIdByApp,
            String eventName,
            String webhookUrl,
            int webhookStatus,
            String webhookResponse,
            String sentBody) {}

    private final ZaloSandbox sandbox;

    CustomerSimulator(ZaloSandbox sandbox) {
        this.sandbox = sandbox;
    }

    Result simulate(Simulation simulation, URI webhook) {
        var oa = sandbox.oa(simulation.oaId())
                .orElseThrow(() -> new IllegalArgumentException("the sandbox knows no OA " + simulation.oaId()
                        + "; its OAs are "
                        + sandbox.oas().stream().map(ZaloSandbox.Oa::oaId).toList()));
        if (simulation.eventName() == null || simulation.eventName().isBlank()) {
            throw new IllegalArgumentException("eventName is required (user_send_text, follow, user_submit_info…)");
        }
        SandboxUser user = user(simulation);
        String timestamp = Long.toString(sandbox.now().toEpochMilli());
        var body = new LinkedHashMap<String, Object>();
        String name = simulation.eventName().strip();
        switch (name) {
            case "follow", "unfollow" -> {
                body.put("oa_id", oa.oaId());
                body.put("follower", Map.of("id", user.userId()));
                body.put("user_id_by_app", user.userIdByApp());
                body.put("event_name", name);
                body.put("source", "testing_webhook");
                body.put("app_id", oa.app().appId());
                body.put("timestamp", timestamp);
                user = sandbox.put(user.following(name.equals("follow")));
            }
            default -> {
                body.put("app_id", oa.app().appId());
                body.put("user_id_by_app", user.userIdByApp());
                body.put("event_name", name);
                body.put("timestamp", timestamp);
                body.put("sender", Map.of("id", user.userId()));
                body.put("recipient", Map.of("id", oa.oaId()));
                user = fillUserEvent(body, name, user, simulation);
            }
        }
        var delivery = SignedWebhook.post(webhook, oa, body, timestamp);
        return new Result(
                user.userId(),
                user.userIdByApp(),
                name,
                webhook.toString(),
                delivery.status(),
                delivery.response(),
                delivery.body());
    }

    private SandboxUser fillUserEvent(Map<String, Object> body, String name, SandboxUser user, Simulation simulation) {
        var now = sandbox.now();
        if (name.equals("user_submit_info")) {
            if (simulation.phone() == null || simulation.phone().isBlank()) {
                throw new IllegalArgumentException("user_submit_info needs the phone the customer shares");
            }
            var info = new LinkedHashMap<String, String>();
            info.put("name", simulation.displayName() != null ? simulation.displayName() : user.displayName());
            info.put("phone", simulation.phone().strip());
            info.put("address", "");
            info.put("city", "");
            info.put("district", "");
            body.put("info", info);
            return sandbox.put(user.sharing(info).interactedAt(now));
        }
        if (name.equals("user_seen_message") || name.equals("user_received_message")) {
            List<String> ids = sandbox.sentTo(user.oaId(), user.userId()).stream()
                    .map(ZaloSandbox.SentMessage::messageId)
                    .toList();
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("the OA has not sent this user a message through the sandbox yet");
            }
            body.put("message", Map.of("msg_ids", ids));
            return user;
        }
        var message = new LinkedHashMap<String, Object>();
        message.put("msg_id", sandbox.nextMsgId());
        if (name.equals("user_send_image")) {
            message.put("text", simulation.text() == null ? "" : simulation.text());
            message.put(
                    "attachments",
                    List.of(Map.of(
                            "type",
                            "image",
                            "payload",
                            Map.of("thumbnail", "https://photo.example/t.jpg", "url", "https://photo.example/i.jpg"))));
        } else {
            message.put(
                    "text", simulation.text() == null || simulation.text().isBlank() ? "Xin chào" : simulation.text());
        }
        body.put("message", message);
        return sandbox.put(user.interactedAt(now));
    }

    private SandboxUser user(Simulation simulation) {
        if (simulation.zaloUserId() == null || simulation.zaloUserId().isBlank()) {
            return sandbox.newUser(simulation.oaId(), simulation.displayName());
        }
        String id = simulation.zaloUserId().strip();
        if (!id.matches("[0-9]{1,20}")) {
            throw new IllegalArgumentException("zaloUserId must be a decimal Zalo id");
        }
        return sandbox.user(simulation.oaId(), id)
                .orElseGet(() -> sandbox.put(new SandboxUser(
                        simulation.oaId(),
                        id,
                        "8" + id.substring(1),
                        simulation.displayName() == null ? "Khách " + id : simulation.displayName(),
                        null,
                        null,
                        false,
                        null,
                        Map.of())));
    }
}
