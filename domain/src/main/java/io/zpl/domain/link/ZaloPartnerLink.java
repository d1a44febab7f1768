package io.zpl.domain.link;

import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/** The mapping layer: one Zalo user on one OA, pointing at the partner who is that person. */
@AggregateRoot
public record ZaloPartnerLink(
        @Identity LinkId id,
        OaId oaId,
        ZaloUserId zaloUserId,
        ZaloAppId appId,
        @Nullable UserIdByApp userIdByApp,
        PartnerId partnerId,
        ZaloProfile profile,
        MessageStats messages,
        SyncState sync) {

    public ZaloPartnerLink repointTo(PartnerId survivor) {
        return new ZaloPartnerLink(id, oaId, zaloUserId, appId, userIdByApp, survivor, profile, messages, sync);
    }

    public ZaloPartnerLink withProfile(ZaloProfile changed) {
        return new ZaloPartnerLink(id, oaId, zaloUserId, appId, userIdByApp, partnerId, changed, messages, sync);
    }

    /** A message was recorded on this link at {@code at}; a message from the customer is also an interaction. */
    public ZaloPartnerLink withMessageAt(Instant at, boolean fromCustomer) {
        return new ZaloPartnerLink(
                id,
                oaId,
                zaloUserId,
                appId,
                userIdByApp,
                partnerId,
                fromCustomer ? profile.withInteractionAt(at) : profile,
                messages.plus(at),
                sync);
    }

    /** Zalo told us the per-App id late (or for the first time): keep it, never overwrite a known one. */
    public ZaloPartnerLink withUserIdByAppIfMissing(@Nullable UserIdByApp known) {
        if (userIdByApp != null || known == null) {
            return this;
        }
        return new ZaloPartnerLink(id, oaId, zaloUserId, appId, known, partnerId, profile, messages, sync);
    }
}
