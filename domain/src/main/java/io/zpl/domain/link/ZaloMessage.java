package io.zpl.domain.link;

import java.time.Instant;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * One message on a link, as Zalo reported it. Text and attachments are kept as sent.
 *
 * @param zaloMsgId Zalo's message id; unique, so a repeated event never records a message twice
 * @param adminId the OA staff member who typed it in Zalo's own tool, when Zalo says so
 */
@ValueObject
public record ZaloMessage(
        LinkId linkId,
        @Nullable String zaloMsgId,
        MessageDirection direction,
        String eventName,
        @Nullable String text,
        @Nullable String attachments,
        @Nullable String adminId,
        Instant sentAt,
        @Nullable DeliveryState deliveryState) {}
