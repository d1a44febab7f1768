package io.zpl.application.port.in;

import io.zpl.domain.link.LinkId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The partner link form: the Zalo profile, the partner, the latest messages and the sync state. Zalo Admins only. */
public interface ViewPartnerLink {

    int LATEST_MESSAGES = 20;

    LinkDetails view(Actor actor, LinkId linkId);

    record LinkDetails(AuditedLink audited, String oaName, List<Message> latestMessages) {
        public LinkDetails {
            latestMessages = List.copyOf(latestMessages);
        }
    }

    /** A stored Zalo message; {@code direction} is {@code IN} (from the person) or {@code OUT} (from the OA). */
    record Message(
            Instant sentAt,
            String direction,
            String eventName,
            @Nullable String text) {}
}
