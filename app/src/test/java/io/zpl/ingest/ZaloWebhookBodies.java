package io.zpl.ingest;

import io.zpl.domain.event.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Webhook bodies exactly as ZALO.md describes them, and their signatures. */
public final class ZaloWebhookBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ZaloWebhookBodies() {}

    public static byte[] userSendText(
            String app, String oa, String user, String byApp, String msgId, String text, long timestamp) {
        return json(Map.of(
                "app_id", app,
                "user_id_by_app", byApp,
                "event_name", "user_send_text",
                "timestamp", Long.toString(timestamp),
                "sender", Map.of("id", user),
                "recipient", Map.of("id", oa),
                "message", Map.of("msg_id", msgId, "text", text)));
    }

    public static byte[] oaSendText(String app, String oa, String user, String msgId, String text, long timestamp) {
        return json(Map.of(
                "app_id", app,
                "event_name", "oa_send_text",
                "timestamp", Long.toString(timestamp),
                "sender", Map.of("id", oa, "admin_id", "777"),
                "recipient", Map.of("id", user),
                "message", Map.of("msg_id", msgId, "text", text)));
    }

    public static byte[] follow(String app, String oa, String user, String byApp, boolean follow, long timestamp) {
        return json(Map.of(
                "oa_id",
                oa,
                "follower",
                Map.of("id", user),
                "user_id_by_app",
                byApp,
                "event_name",
                follow ? "follow" : "unfollow",
                "source",
                "oa_profile",
                "app_id",
                app,
                "timestamp",
                Long.toString(timestamp)));
    }

    public static byte[] submitInfo(
            String app, String oa, String user, String byApp, String name, String phone, long timestamp) {
        return json(Map.of(
                "app_id", app,
                "user_id_by_app", byApp,
                "event_name", "user_submit_info",
                "timestamp", Long.toString(timestamp),
                "sender", Map.of("id", user),
                "recipient", Map.of("id", oa),
                "info",
                        Map.of(
                                "name", name,
                                "phone", phone,
                                "address", "12 Lý Thường Kiệt",
                                "district", "Hoàn Kiếm",
                                "city", "Hà Nội")));
    }

    public static byte[] receipt(String app, String oa, String user, List<String> msgIds, boolean seen, long ts) {
        return json(Map.of(
                "app_id", app,
                "event_name", seen ? "user_seen_message" : "user_received_message",
                "timestamp", Long.toString(ts),
                "sender", Map.of("id", user),
                "recipient", Map.of("id", oa),
                "message", Map.of("msg_ids", msgIds)));
    }

    public static byte[] custom(Map<String, Object> fields) {
        return json(new LinkedHashMap<>(fields));
    }

    public static String sign(String app, byte[] body, long timestamp, String secret) {
        return WebhookSignature.header(app, body, Long.toString(timestamp), secret);
    }

    private static byte[] json(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
    }
}
