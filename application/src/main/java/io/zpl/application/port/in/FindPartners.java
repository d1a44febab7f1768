package io.zpl.application.port.in;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The read side of partners, for every role: search, and one partner (an old merged id answers its survivor). */
public interface FindPartners {

    PartnerPage search(Actor actor, PartnerQuery query);

    PartnerCard get(Actor actor, PartnerId id);

    /**
     * {@code text} matches the name with or without diacritics, a phone in any form, or a Zalo user id; merged
     * partners are left out unless {@code status} asks for them.
     */
    record PartnerQuery(
            @Nullable String text,
            @Nullable PartnerStatus status,
            @Nullable String after,
            int limit) {
        public static final int MAX_LIMIT = 200;

        public PartnerQuery {
            text = text == null || text.isBlank() ? null : text.strip();
            if (text != null && text.length() > 200) {
                throw new IllegalArgumentException("the search text may have at most 200 characters");
            }
            after = after == null || after.isBlank() ? null : after.strip();
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
            }
        }
    }

    record PartnerPage(List<PartnerCard> items, @Nullable String next) {
        public PartnerPage {
            items = List.copyOf(items);
        }
    }

    /** A partner with its links, open balance (sum of amounts due) and document count (orders, invoices, tickets). */
    record PartnerCard(
            Partner partner,
            List<LinkRef> links,
            BigDecimal openBalance,
            long documentCount,
            @Nullable PartnerId resolvedFrom) {
        public PartnerCard {
            links = List.copyOf(links);
        }
    }

    record LinkRef(LinkId linkId, OaId oaId, ZaloUserId zaloUserId) {}
}
