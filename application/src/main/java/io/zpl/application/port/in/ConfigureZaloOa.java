package io.zpl.application.port.in;

import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;

/**
 * Step 1 of the guide: register the Zalo App (its secrets are kept, never shown again), add its Official Accounts as
 * drafts and connect each one through Zalo's OAuth v4 permission page with PKCE. Zalo Admins only, except the callback,
 * which the single-use {@code state} authenticates.
 */
public interface ConfigureZaloOa {

    /** The signature variant says which secret Zalo hashes into the App's webhook signatures (see ZALO.md). */
    ZaloApp registerApp(
            Actor actor,
            ZaloAppId id,
            String name,
            String appSecret,
            String oaSecretKey,
            SignatureVariant signatureVariant);

    /** The registered Apps, without their secrets, by name. */
    List<ZaloApp> apps(Actor actor);

    OfficialAccount addOfficialAccount(Actor actor, OaId id, String name, ZaloAppId app);

    /** The OA with its connection status and, when EXPIRED or ERROR, the reason in plain words. */
    OfficialAccount officialAccount(Actor actor, OaId oa);

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
