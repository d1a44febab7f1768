package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.VerifyShadow;
import io.zpl.application.port.out.PartnerCards;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The shadow review list and verifying a shadow contact. */
public final class ShadowReviewService implements VerifyShadow {

    private final Partners partners;
    private final PartnerCards cards;
    private final DetectDuplicates detection;

    public ShadowReviewService(Partners partners, PartnerCards cards, DetectDuplicates detection) {
        this.partners = partners;
        this.cards = cards;
        this.detection = detection;
    }

    @Override
    public PartnerCard verify(Actor actor, PartnerId id, PartnerDetails details) {
        actor.require(Role.CS_LEAD);
        Partner partner =
                partners.find(id).orElseThrow(() -> new NotFound("PARTNER_NOT_FOUND", "No partner " + id + "."));
        if (!partner.isLive()) {
            throw new io.zpl.application.port.in.Conflict(
                    "PARTNER_MERGED",
                    "Partner " + id + " was merged into " + partner.mergedInto() + "; verify the survivor.");
        }
        partners.save(partner.verify(details));
        detection.detectFor(id);
        return cards.cards(List.of(id)).getFirst();
    }

    @Override
    public ShadowPage shadows(Actor actor, @Nullable String after, int limit) {
        actor.require(Role.CS_LEAD);
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200, got " + limit);
        }
        long afterId = 0;
        if (after != null && !after.isBlank()) {
            afterId = PartnerId.parse(after).value();
        }
        List<PartnerId> ids = cards.shadows(afterId, limit + 1);
        boolean more = ids.size() > limit;
        List<PartnerId> page = more ? ids.subList(0, limit) : ids;
        Map<PartnerId, Set<PartnerId>> mates = cards.openGroupMates(page);
        List<ShadowView> items = cards.cards(page).stream()
                .map(shadow ->
                        new ShadowView(shadow, cards.cards(List.copyOf(mates.getOrDefault(shadow.id(), Set.of())))))
                .toList();
        return new ShadowPage(items, more ? page.getLast().toString() : null);
    }
}
