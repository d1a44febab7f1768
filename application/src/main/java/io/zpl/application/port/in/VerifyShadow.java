package io.zpl.application.port.in;

import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shadow review: a CS Lead confirms who a shadow contact is (it becomes VERIFIED), or merges it into the real
 * customer through {@link PreviewMerge} and {@link MergeContacts}. CS Lead only.
 */
public interface VerifyShadow {

    PartnerCard verify(Actor actor, PartnerId partner, PartnerDetails details);

    /** Shadows oldest first, each with the partners it is suspected to duplicate. */
    ShadowPage shadows(Actor actor, @Nullable String after, int limit);

    record ShadowView(PartnerCard shadow, List<PartnerCard> suspectedMatches) {}

    record ShadowPage(List<ShadowView> items, @Nullable String next) {}
}
