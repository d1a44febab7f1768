package io.zpl.application.port.out;

import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.RecipientFacts;
import io.zpl.domain.partner.PartnerId;
import java.util.Optional;

/** What the send guard reads, gathered in one go: tombstone chain, open duplicate groups, links on the OA. */
public interface Recipients {

    /** Follows merges from {@code requested} to the survivor; empty when no partner ever had that id. */
    Optional<RecipientFacts> facts(PartnerId requested, OaFacts oa);
}
