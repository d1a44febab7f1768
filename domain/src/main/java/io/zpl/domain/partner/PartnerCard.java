package io.zpl.domain.partner;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read model: a partner as a CS Lead reviews it: who, how to reach them, where they talk to us, what they owe. */
public record PartnerCard(
        PartnerId id,
        String name,
        PartnerStatus status,
        List<PhoneNumber> phones,
        @Nullable String email,
        @Nullable String address,
        @Nullable PartnerId mergedInto,
        List<LinkRef> links,
        BigDecimal openBalance,
        long documentCount) {

    public PartnerCard {
        phones = List.copyOf(phones);
        links = List.copyOf(links);
    }

    public record LinkRef(
            LinkId linkId,
            OaId oaId,
            ZaloUserId zaloUserId,
            @Nullable String displayName,
            @Nullable String avatarUrl) {}
}
