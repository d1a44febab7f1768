package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

public final class JdbiZaloMessages implements ZaloMessages {

    /** TEXT holds 65,535 bytes; four bytes per character at worst. */
    private static final int MAX_TEXT_CHARS = 16_000;

    private final Jdbi jdbi;

    public JdbiZaloMessages(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean record(ZaloMessage m) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                INSERT IGNORE INTO zalo_message (link_id, zalo_msg_id, direction, event_name, text,
                                                                 attachments, admin_id, sent_at, delivery_state)
                                VALUES (:link, :msgId, :direction, :eventName, :text, :attachments, :adminId, :sentAt,
                                        :delivery)
                                """)
                        .bind("link", m.linkId().value())
                        .bind("msgId", m.zaloMsgId())
                        .bind("direction", m.direction().name())
                        .bind("eventName", m.eventName())
                        .bind("text", fit(m.text()))
                        .bind("attachments", fit(m.attachments()))
                        .bind("adminId", m.adminId())
                        .bind("sentAt", utc(m.sentAt()))
                        .bind(
                                "delivery",
                                m.deliveryState() == null
                                        ? null
                                        : m.deliveryState().name())
                        .execute())
                == 1;
    }

    @Override
    public int markDelivery(LinkId link, Collection<String> zaloMsgIds, DeliveryState state) {
        if (zaloMsgIds.isEmpty()) {
            return 0;
        }
        List<String> earlier = Arrays.stream(DeliveryState.values())
                .filter(state::isAfter)
                .map(Enum::name)
                .toList();
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE zalo_message SET delivery_state = :state
                        WHERE link_id = :link AND direction = 'OUT' AND zalo_msg_id IN (<ids>)
                          AND (delivery_state IS NULL OR delivery_state IN (<earlier>))
                        """)
                .bind("state", state.name())
                .bind("link", link.value())
                .bindList("ids", List.copyOf(zaloMsgIds))
                .bindList("earlier", earlier.isEmpty() ? List.of("-") : earlier)
                .execute());
    }

    @Override
    public List<ZaloMessage> latest(LinkId link, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM zalo_message WHERE link_id = :link
                        ORDER BY sent_at DESC, message_id DESC LIMIT :limit
                        """)
                .bind("link", link.value())
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    String delivery = rs.getString("delivery_state");
                    return new ZaloMessage(
                            link,
                            rs.getString("zalo_msg_id"),
                            MessageDirection.valueOf(rs.getString("direction")),
                            rs.getString("event_name"),
                            rs.getString("text"),
                            rs.getString("attachments"),
                            rs.getString("admin_id"),
                            instant(rs, "sent_at"),
                            delivery == null ? null : DeliveryState.valueOf(delivery));
                })
                .list());
    }

    @Override
    public boolean claimSend(ZaloMessage m, String attemptKey) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                INSERT IGNORE INTO zalo_message (link_id, direction, event_name, text, sent_at,
                                                                 delivery_state, idempotency_key)
                                VALUES (:link, :direction, :eventName, :text, :sentAt, :delivery, :key)
                                """)
                        .bind("link", m.linkId().value())
                        .bind("direction", m.direction().name())
                        .bind("eventName", m.eventName())
                        .bind("text", fit(m.text()))
                        .bind("sentAt", utc(m.sentAt()))
                        .bind("delivery", DeliveryState.UNKNOWN.name())
                        .bind("key", attemptKey)
                        .execute())
                == 1;
    }

    /**
     * Looking the msg id up with {@code FOR UPDATE} also locks the gap where ingest would insert it, so the webhook's
     * record and the claim cannot both become the message.
     */
    @Override
    public boolean confirmSend(String attemptKey, String zaloMsgId, Instant sentAt) {
        return jdbi.inTransaction(h -> {
            boolean recordedByIngest = h.createQuery(
                            "SELECT message_id FROM zalo_message WHERE zalo_msg_id = :msgId FOR UPDATE")
                    .bind("msgId", zaloMsgId)
                    .mapTo(Long.class)
                    .findOne()
                    .isPresent();
            if (recordedByIngest) {
                h.createUpdate("DELETE FROM zalo_message WHERE idempotency_key = :key")
                        .bind("key", attemptKey)
                        .execute();
                h.createUpdate("UPDATE zalo_message SET idempotency_key = :key WHERE zalo_msg_id = :msgId")
                        .bind("key", attemptKey)
                        .bind("msgId", zaloMsgId)
                        .execute();
                return false;
            }
            return h.createUpdate("""
                            UPDATE zalo_message SET zalo_msg_id = :msgId, sent_at = :sentAt, delivery_state = :sent
                            WHERE idempotency_key = :key AND zalo_msg_id IS NULL
                            """)
                            .bind("msgId", zaloMsgId)
                            .bind("sentAt", utc(sentAt))
                            .bind("sent", DeliveryState.SENT.name())
                            .bind("key", attemptKey)
                            .execute()
                    == 1;
        });
    }

    @Override
    public void withdrawSend(String attemptKey) {
        jdbi.useHandle(
                h -> h.createUpdate("DELETE FROM zalo_message WHERE idempotency_key = :key AND zalo_msg_id IS NULL")
                        .bind("key", attemptKey)
                        .execute());
    }

    private static @Nullable String fit(@Nullable String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
        return text.substring(0, end);
    }
}
