package io.zpl.application.port.out;

import io.zpl.domain.zalo.ZaloUserId;

/** Zalo's {@code user/detail}: retried for transient failures, rate limited per App, circuit broken per OA. */
public interface ZaloProfiles {
    ProfileAnswer fetch(OaCall call, ZaloUserId user);
}
