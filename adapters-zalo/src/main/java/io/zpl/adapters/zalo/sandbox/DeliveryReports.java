package io.zpl.adapters.zalo.sandbox;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Zalo tells the App's webhook after the OA sent a message through the API: {@code oa_send_text} shortly after,
 * then {@code user_received_message} once the customer's phone has it. Delivered in the background, after the send
 * has been answered, as signed webhooks over real HTTP.
 */
final class DeliveryReports {

    static final Duration SENT_REPORT_AFTER = Duration.ofMillis(300);
    static final Duration RECEIVED_REPORT_AFTER = Duration.ofMillis(700);
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryReports.class);

    private final ZaloSandbox sandbox;

    DeliveryReports(ZaloSandbox sandbox) {
        this.sandbox = sandbox;
    }

    void reportLater(ZaloSandbox.Oa oa, SandboxUser user, ZaloSandbox.SentMessage sent, URI webhook) {
        Thread.ofVirtual().name("sandbox-delivery-reports").start(() -> {
            try {
                Thread.sleep(SENT_REPORT_AFTER);
                post(webhook, oa, sentReport(oa, user, sent));
                Thread.sleep(RECEIVED_REPORT_AFTER);
                post(webhook, oa, receivedReport(oa, user, sent));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalStateException e) {
                LOG.warn("Sandbox: delivery report for message {} not delivered: {}", sent.messageId(), e.getMessage());
            }
        });
    }

    private static void post(URI webhook, ZaloSandbox.Oa oa, Map<String, Object> body) {
        var delivery =
                SignedWebhook.post(webhook, oa, body, body.get("timestamp").toString());
        if (delivery.status() != 200) {
            LOG.warn(
                    "Sandbox: the webhook answered {} to {}: {}",
                    delivery.status(),
                    body.get("event_name"),
                    delivery.response());
        }
    }

    private static Map<String, Object> sentReport(ZaloSandbox.Oa oa, SandboxUser user, ZaloSandbox.SentMessage sent) {
        var body = envelope(oa, user, "oa_send_text", sent.at().toEpochMilli());
        body.put("sender", Map.of("id", oa.oaId()));
        body.put("recipient", Map.of("id", user.userId()));
        body.put("message", Map.of("msg_id", sent.messageId(), "text", sent.text()));
        return body;
    }

    private Map<String, Object> receivedReport(ZaloSandbox.Oa oa, SandboxUser user, ZaloSandbox.SentMessage sent) {
        var body = envelope(oa, user, "user_received_message", sandbox.now().toEpochMilli());
        body.put("sender", Map.of("id", user.userId()));
        body.put("recipient", Map.of("id", oa.oaId()));
        body.put("message", Map.of("msg_ids", List.of(sent.messageId())));
        return body;
    }

    private static LinkedHashMap<String, Object> envelope(
            ZaloSandbox.Oa oa, SandboxUser user, String eventName, long timestamp) {
        var body = new LinkedHashMap<String, Object>();
        body.put("app_id", oa.app().appId());
        body.put("user_id_by_app", user.userIdByApp());
        body.put("event_name", eventName);
        body.put("timestamp", Long.toString(timestamp));
        return body;
    }
}
