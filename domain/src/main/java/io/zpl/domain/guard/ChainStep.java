package io.zpl.domain.guard;

import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** One partner on the way from the id the caller gave to the survivor of every merge since. */
@ValueObject
public record ChainStep(
        PartnerId id,
        PartnerStatus status,
        String name,
        @Nullable PartnerId mergedInto) {
    public ChainStep {
        if ((status == PartnerStatus.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("partner " + id + " points at a survivor exactly when it is merged");
        }
    }

    boolean isLive() {
        return status != PartnerStatus.MERGED;
    }
}
