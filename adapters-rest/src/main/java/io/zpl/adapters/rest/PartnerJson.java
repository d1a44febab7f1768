package io.zpl.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The API's {@code Partner}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PartnerJson(
        String partnerId,
        String name,
        String status,
        List<String> phones,
        @Nullable String email,
        @Nullable String address,
        @Nullable String mergedInto,
        List<LinkJson> links,
        @Nullable BigDecimal openBalance,
        @Nullable Long documentCount) {

    record LinkJson(String linkId, String oaId, String zaloUserId) {}

    static PartnerJson of(PartnerCard card) {
        return new PartnerJson(
                card.id().toString(),
                card.name(),
                card.status().name(),
                card.phones().stream().map(PhoneNumber::e164).toList(),
                card.email(),
                card.address(),
                card.mergedInto() == null ? null : card.mergedInto().toString(),
                card.links().stream()
                        .map(l -> new LinkJson(
                                Long.toString(l.linkId().value()),
                                l.oaId().value(),
                                l.zaloUserId().value()))
                        .toList(),
                card.openBalance(),
                card.documentCount());
    }

    /** A partner as it will be after a merge: its links and totals are in the preview beside it. */
    static PartnerJson of(Partner partner) {
        return new PartnerJson(
                partner.id().toString(),
                partner.name(),
                partner.status().name(),
                partner.phones().stream().map(PhoneNumber::e164).sorted().toList(),
                partner.email(),
                partner.address(),
                partner.mergedInto() == null ? null : partner.mergedInto().toString(),
                List.of(),
                null,
                null);
    }
}
