package io.zpl.domain.duplicate;

import io.zpl.domain.partner.PartnerCard;
import java.util.List;

/** Read model: a stored duplicate group with its partners and evidence. */
public record DuplicateGroupView(
        long groupId, DuplicateTier tier, GroupState state, List<PartnerCard> partners, List<Evidence> evidence) {}
