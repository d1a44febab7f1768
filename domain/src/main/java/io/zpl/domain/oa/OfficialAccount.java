package io.zpl.domain.oa;

import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/** A Zalo Official Account the company operates, under one Zalo App. */
@AggregateRoot
public record OfficialAccount(
        @Identity OaId id,
        ZaloAppId appId,
        String name,
        OaStatus status,
        @Nullable String statusReason) {

    public OfficialAccount {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an Official Account needs a name");
        }
        name = name.strip();
    }

    public static OfficialAccount draft(OaId id, ZaloAppId appId, String name) {
        return new OfficialAccount(id, appId, name, OaStatus.DRAFT, null);
    }

    public OfficialAccount connected() {
        return new OfficialAccount(id, appId, name, OaStatus.CONNECTED, null);
    }

    public OfficialAccount failed(OaStatus status, String reason) {
        if (status == OaStatus.CONNECTED || status == OaStatus.DRAFT) {
            throw new IllegalArgumentException("an OA fails into EXPIRED or ERROR, not " + status);
        }
        return new OfficialAccount(id, appId, name, status, reason);
    }
}
