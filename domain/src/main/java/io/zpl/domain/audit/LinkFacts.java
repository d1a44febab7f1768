package io.zpl.domain.audit;

import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.partner.PartnerStatus;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the audit looks at on one link: its partner's standing, its sync state and its conversation. */
@ValueObject
public record LinkFacts(
        PartnerStatus partnerStatus, boolean inOpenDuplicateGroup, SyncState sync, MessageStats messages) {}
