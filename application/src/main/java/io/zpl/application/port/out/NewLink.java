package io.zpl.application.port.out;

import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import org.jspecify.annotations.Nullable;

/** A link before it has an id. */
public record NewLink(
        OaId oaId,
        ZaloUserId zaloUserId,
        ZaloAppId appId,
        @Nullable UserIdByApp userIdByApp,
        PartnerId partnerId,
        ZaloProfile profile,
        MessageStats messages,
        SyncState sync) {}
