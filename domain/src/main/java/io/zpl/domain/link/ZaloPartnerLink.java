package io.zpl.domain.link;

import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
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
}
