package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.FindPartners;
import io.zpl.application.port.in.FindPartners.PartnerCard;
import io.zpl.application.port.in.FindPartners.PartnerQuery;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partners read side: search by name (with or without diacritics), phone in any form or Zalo user id. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners")
class PartnersController {

    private final FindPartners findPartners;

    PartnersController(FindPartners findPartners) {
        this.findPartners = findPartners;
    }

    record PartnerPageJson(
            List<PartnerJson> items, @Nullable String next) {}

    record LinkRefJson(String linkId, String oaId, String zaloUserId) {}

    record PartnerJson(
            String partnerId,
            String name,
            String status,
            List<String> phones,
            @Nullable String email,
            @Nullable String address,
            @Nullable String mergedInto,
            List<LinkRefJson> links,
            BigDecimal openBalance,
            long documentCount,
            @Nullable String resolvedFrom) {

        static PartnerJson of(PartnerCard card) {
            var p = card.partner();
            return new PartnerJson(
                    p.id().toString(),
                    p.name(),
                    p.status().name(),
                    p.phones().stream().map(PhoneNumber::e164).sorted().toList(),
                    p.email(),
                    p.address(),
                    p.mergedInto() == null ? null : p.mergedInto().toString(),
                    card.links().stream()
                            .map(l -> new LinkRefJson(
                                    l.linkId().toString(),
                                    l.oaId().value(),
                                    l.zaloUserId().value()))
                            .toList(),
                    card.openBalance(),
                    card.documentCount(),
                    card.resolvedFrom() == null ? null : card.resolvedFrom().toString());
        }
    }

    @GetMapping
    @Operation(summary = "Search partners by name (diacritics optional), phone in any form or Zalo user id")
    PartnerPageJson search(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int limit,
            Authentication authentication) {
        var page =
                findPartners.search(CurrentActor.of(authentication), new PartnerQuery(q, status(status), after, limit));
        return new PartnerPageJson(page.items().stream().map(PartnerJson::of).toList(), page.next());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner; an old merged id answers the survivor with resolvedFrom")
    PartnerJson get(@PathVariable String id, Authentication authentication) {
        return PartnerJson.of(findPartners.get(CurrentActor.of(authentication), PartnerId.parse(id)));
    }

    private static @Nullable PartnerStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PartnerStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status '" + status + "'; use VERIFIED, SHADOW or MERGED");
        }
    }
}
