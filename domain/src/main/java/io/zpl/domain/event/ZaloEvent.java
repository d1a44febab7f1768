package io.zpl.domain.event;

import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What a webhook event says, by kind. Ids are checked; free text (names, messages) is kept exactly as sent. */
@ValueObject
public sealed interface ZaloEvent {

    EventEnvelope envelope();

    /** An event about one Zalo user on one OA. */
    sealed interface AboutUser extends ZaloEvent {
        OaId oaId();

        ZaloUserId userId();

        @Nullable
        UserIdByApp userIdByApp();
    }

    /** {@code user_send_*}: the customer wrote to the OA. */
    record UserMessage(
            EventEnvelope envelope,
            OaId oaId,
            ZaloUserId userId,
            @Nullable UserIdByApp userIdByApp,
            @Nullable String msgId,
            @Nullable String text,
            @Nullable String attachments,
            @Nullable String senderName)
            implements AboutUser {}

    /** {@code oa_send_*}: the OA wrote to the customer, through the API or typed by staff ({@code adminId}). */
    record OaMessage(
            EventEnvelope envelope,
            OaId oaId,
            ZaloUserId userId,
            @Nullable UserIdByApp userIdByApp,
            @Nullable String msgId,
            @Nullable String text,
            @Nullable String attachments,
            @Nullable String adminId)
            implements AboutUser {}

    /** {@code follow} / {@code unfollow}. */
    record FollowChange(
            EventEnvelope envelope,
            OaId oaId,
            ZaloUserId userId,
            @Nullable UserIdByApp userIdByApp,
            boolean following) implements AboutUser {}

    /** {@code user_submit_info}: the customer shared contact details with this OA. */
    record SharedInfo(
            EventEnvelope envelope,
            OaId oaId,
            ZaloUserId userId,
            @Nullable UserIdByApp userIdByApp,
            @Nullable String name,
            @Nullable String phone,
            @Nullable String address)
            implements AboutUser {}

    /** {@code user_received_message} / {@code user_seen_message}: the customer got or read our messages. */
    record DeliveryReceipt(
            EventEnvelope envelope,
            OaId oaId,
            ZaloUserId userId,
            @Nullable UserIdByApp userIdByApp,
            List<String> msgIds,
            boolean seen)
            implements AboutUser {
        public DeliveryReceipt {
            msgIds = List.copyOf(msgIds);
        }
    }

    /** Any other event name: stored and marked processed-ignored. */
    record Unhandled(EventEnvelope envelope) implements ZaloEvent {}
}
