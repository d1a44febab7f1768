package io.zpl.domain.guard;

import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * The guard's answer for (partner, OA, purpose): the decision, the partner it resolved to (the survivor when the id
 * was merged), the Zalo user to address (never when blocked) and every reason, blocking ones first.
 */
@ValueObject
public record Resolution(
        Decision decision,
        PartnerId requested,
        PartnerId partnerId,
        String partnerName,
        OaId oaId,
        String oaName,
        Purpose purpose,
        @Nullable ZaloUserId zaloUserId,
        List<Reason> reasons) {

    public Resolution {
        reasons = List.copyOf(reasons);
        Decision strictest = reasons.stream().map(Reason::effect).reduce(Decision.ALLOW, Decision::atLeast);
        if (decision != strictest) {
            throw new IllegalArgumentException("the decision is " + strictest + " by its reasons, not " + decision);
        }
        if (decision == Decision.BLOCK && zaloUserId != null) {
            throw new IllegalArgumentException("a blocked resolution names no recipient");
        }
        if (decision != Decision.BLOCK && zaloUserId == null) {
            throw new IllegalArgumentException("a resolution that lets a message go names its recipient");
        }
    }

    /** The caller used an old id: the partner was merged (perhaps more than once) into {@link #partnerId()}. */
    public boolean resolvedFromMergedId() {
        return !requested.equals(partnerId);
    }

    public boolean mayProceed() {
        return decision != Decision.BLOCK;
    }
}
