package io.zpl.application.port.out;

import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;

/** Who calls Zalo: the OA, its App (whose rate limit applies) and the OA's current access token. */
public record OaCall(OaId oaId, ZaloAppId appId, String accessToken) {

    @Override
    public String toString() {
        return "OaCall[" + oaId + " of App " + appId + "]";
    }
}
