package io.zpl.domain.event;

import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What every webhook body must carry to be stored: its App, its name and its timestamp (as written in the body, for
 * the signature), plus what identifies it for deduplication when present.
 *
 * @param subjectId the Zalo user the event is about (sender, follower or recipient of an OA message), as written
 * @param msgId Zalo's {@code message.msg_id}, when the event has exactly one
 */
@ValueObject
public record EventEnvelope(
        ZaloAppId appId,
        String eventName,
        String timestampText,
        Instant timestamp,
        @Nullable OaId oaId,
        @Nullable String subjectId,
        @Nullable String msgId) {

    public static final int MAX_EVENT_NAME_LENGTH = 64;
    static final int MAX_KEY_LENGTH = 190;

    public EventEnvelope {
        if (eventName == null || eventName.isBlank()) {
            throw new IllegalArgumentException("event_name is required");
        }
        eventName = eventName.strip();
        if (eventName.length() > MAX_EVENT_NAME_LENGTH) {
            throw new IllegalArgumentException("event_name is longer than " + MAX_EVENT_NAME_LENGTH + " characters");
        }
        if (subjectId != null && (subjectId.isBlank() || subjectId.length() > 20)) {
            subjectId = null;
        }
        if (msgId != null && msgId.isBlank()) {
            msgId = null;
        }
    }

    /**
     * Zalo delivers at least once: a repeat has the same key. Zalo's {@code msg_id} identifies a message, and a
     * delivery receipt carries the id of the message it acknowledges, so the event name is part of the key.
     * Without a msg_id: App, event, subject and timestamp.
     */
    public String dedupeKey() {
        String key = msgId != null
                ? "m|" + eventName + "|" + msgId
                : "e|" + appId.value() + "|" + eventName + "|" + (subjectId == null ? "" : subjectId) + "|"
                        + timestamp.toEpochMilli();
        return key.length() <= MAX_KEY_LENGTH ? key : "h|" + sha256Hex(key);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
