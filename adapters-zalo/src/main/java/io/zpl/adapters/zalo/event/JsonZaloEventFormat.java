package io.zpl.adapters.zalo.event;

import io.zpl.application.port.out.ZaloEventFormat;
import io.zpl.domain.event.EventEnvelope;
import io.zpl.domain.event.ZaloEvent;
import io.zpl.domain.event.ZaloEvent.DeliveryReceipt;
import io.zpl.domain.event.ZaloEvent.FollowChange;
import io.zpl.domain.event.ZaloEvent.OaMessage;
import io.zpl.domain.event.ZaloEvent.SharedInfo;
import io.zpl.domain.event.ZaloEvent.Unhandled;
import io.zpl.domain.event.ZaloEvent.UserMessage;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Zalo's webhook bodies as described in ZALO.md, read with Jackson. */
public final class JsonZaloEventFormat implements ZaloEventFormat {

    /** Epoch values below this are seconds, not milliseconds (Zalo sends milliseconds; old examples vary). */
    private static final long SECONDS_LIMIT = 100_000_000_000L;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public EventEnvelope envelope(byte[] body) {
        JsonNode root = tree(new String(body, StandardCharsets.UTF_8));
        String name = requiredText(root, "event_name");
        String timestamp = requiredText(root, "timestamp");
        Subject subject = subject(root, name);
        return new EventEnvelope(
                new ZaloAppId(requiredText(root, "app_id")),
                name,
                timestamp,
                instant(timestamp),
                subject.oaId() == null ? null : tryOa(subject.oaId()),
                subject.userId(),
                text(root.path("message").get("msg_id")));
    }

    @Override
    public ZaloEvent read(String body) {
        JsonNode root = tree(body);
        var envelope = envelope(body.getBytes(StandardCharsets.UTF_8));
        String name = envelope.eventName();
        if (!isAboutUser(name)) {
            return new Unhandled(envelope);
        }
        Subject subject = subject(root, name);
        OaId oa = new OaId(require(subject.oaId(), subject.oaField()));
        ZaloUserId user = new ZaloUserId(require(subject.userId(), subject.userField()));
        String byAppText = text(root.get("user_id_by_app"));
        UserIdByApp byApp = byAppText == null || byAppText.isBlank() ? null : new UserIdByApp(byAppText);
        JsonNode message = root.path("message");
        JsonNode sender = root.path("sender");
        if (name.startsWith("user_send_")) {
            return new UserMessage(
                    envelope,
                    oa,
                    user,
                    byApp,
                    text(message.get("msg_id")),
                    text(message.get("text")),
                    attachments(message),
                    firstText(sender, "display_name", "name"));
        }
        if (name.startsWith("oa_send_")) {
            return new OaMessage(
                    envelope,
                    oa,
                    user,
                    byApp,
                    text(message.get("msg_id")),
                    text(message.get("text")),
                    attachments(message),
                    text(sender.get("admin_id")));
        }
        return switch (name) {
            case "follow", "unfollow" -> new FollowChange(envelope, oa, user, byApp, name.equals("follow"));
            case "user_submit_info" -> sharedInfo(envelope, oa, user, byApp, root.path("info"));
            case "user_received_message", "user_seen_message" ->
                new DeliveryReceipt(envelope, oa, user, byApp, msgIds(message), name.equals("user_seen_message"));
            default -> new Unhandled(envelope);
        };
    }

    private static boolean isAboutUser(String name) {
        return name.startsWith("user_send_")
                || name.startsWith("oa_send_")
                || List.of("follow", "unfollow", "user_submit_info", "user_received_message", "user_seen_message")
                        .contains(name);
    }

    /** Where each kind of event names its OA and its user. */
    private static Subject subject(JsonNode root, String name) {
        if (name.equals("follow") || name.equals("unfollow")) {
            return new Subject(
                    text(root.get("oa_id")), "oa_id", text(root.path("follower").get("id")), "follower.id");
        }
        if (name.startsWith("oa_send_")) {
            return new Subject(
                    text(root.path("sender").get("id")),
                    "sender.id",
                    text(root.path("recipient").get("id")),
                    "recipient.id");
        }
        return new Subject(
                text(root.path("recipient").get("id")),
                "recipient.id",
                text(root.path("sender").get("id")),
                "sender.id");
    }

    private static SharedInfo sharedInfo(
            EventEnvelope envelope, OaId oa, ZaloUserId user, @Nullable UserIdByApp byApp, JsonNode info) {
        String address;
        JsonNode full = info.get("full_address");
        if (full != null && full.isObject()) {
            address = join(full.values().stream().map(JsonZaloEventFormat::text));
        } else if (full != null && !full.isNull()) {
            address = text(full);
        } else {
            address = join(Stream.of("address", "ward", "district", "city").map(field -> text(info.get(field))));
        }
        return new SharedInfo(envelope, oa, user, byApp, text(info.get("name")), text(info.get("phone")), address);
    }

    private static List<String> msgIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        JsonNode many = message.get("msg_ids");
        if (many != null && many.isArray()) {
            many.values().forEach(node -> {
                String id = text(node);
                if (id != null && !id.isBlank()) {
                    ids.add(id);
                }
            });
        }
        String one = text(message.get("msg_id"));
        if (one != null && !one.isBlank() && !ids.contains(one)) {
            ids.add(one);
        }
        return ids;
    }

    private @Nullable String attachments(JsonNode message) {
        JsonNode node = message.get("attachments");
        return node == null || node.isNull() || (node.isArray() && node.isEmpty())
                ? null
                : json.writeValueAsString(node);
    }

    private JsonNode tree(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The body is not a JSON object.");
        }
        return root;
    }

    private static String requiredText(JsonNode root, String field) {
        String value = text(root.get(field));
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The body has no " + field + ".");
        }
        return value.strip();
    }

    /** Strings as they are; numbers in their plain decimal form (ids and timestamps come as either). */
    private static @Nullable String text(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isBoolean()) {
            return Boolean.toString(node.booleanValue());
        }
        return null;
    }

    private static @Nullable String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node.get(field));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static @Nullable String join(Stream<@Nullable String> parts) {
        String joined = parts.filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static Instant instant(String timestamp) {
        long value;
        try {
            value = timestamp.contains(".")
                    ? new java.math.BigDecimal(timestamp).longValue()
                    : Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The timestamp '" + abbreviate(timestamp) + "' is not epoch milliseconds.");
        }
        if (value <= 0) {
            throw new IllegalArgumentException("The timestamp must be positive epoch milliseconds.");
        }
        return value < SECONDS_LIMIT ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    private static @Nullable OaId tryOa(String text) {
        try {
            return new OaId(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String require(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The event has no " + field + ".");
        }
        return value;
    }

    private static String abbreviate(String text) {
        return text.length() <= 24 ? text : text.substring(0, 24) + "…";
    }

    private record Subject(
            @Nullable String oaId, String oaField, @Nullable String userId, String userField) {}
}
