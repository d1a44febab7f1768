package io.zpl.application.port.in;

import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;

/**
 * Step 1 of the guide: register the Zalo App (its secrets are kept, never shown again), add its Official Accounts as
 * drafts and connect each one through Zalo's OAuth v4 permission page with PKCE. Zalo Admins only, except the callback,
 * which the single-use {@code state} authenticates.
 */
public interface ConfigureZaloOa {

    ZaloApp registerApp(Actor actor, ZaloAppId id, String name, String appSecret, String oaSecretKey);

    OfficialAccount addOfficialAccount(Actor actor, OaId id, String name, ZaloAppId app);

    /** Zalo's permission URL for this OA; a new {@code state} and code verifier replace any earlier attempt. */
    String authorizeUrl(Actor actor, OaId oa);

    /**
     * Exchanges the code Zalo sent back; the OA is then CONNECTED with its token pair.
     *
     * @throws IllegalArgumentException when the state is unknown, old or of another OA, or Zalo refuses the code;
     *     nothing is stored then
     */
    OfficialAccount completeAuthorization(String code, OaId oa, String state);
}
