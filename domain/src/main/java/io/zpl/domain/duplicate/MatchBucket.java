package io.zpl.domain.duplicate;

import io.zpl.domain.partner.PartnerId;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** Partners that share one piece of evidence (one phone, one name key…): every pair of them matches. */
@ValueObject
public record MatchBucket(Evidence evidence, Set<PartnerId> partners) {

    public MatchBucket {
        partners = Set.copyOf(partners);
        if (partners.size() < 2) {
            throw new IllegalArgumentException("a match needs at least two partners");
        }
    }
}
