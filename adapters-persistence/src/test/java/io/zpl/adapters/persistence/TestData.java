package io.zpl.adapters.persistence;

import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import org.jdbi.v3.core.Jdbi;

/** Rows most repository tests need before their own: Apps and OAs. */
public final class TestData {

    public static final ZaloAppId APP_A = new ZaloAppId("1000000000000000001");
    public static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    public static final OaId SUPPORT_OA = new OaId("2000000000000000001");
    public static final OaId SALES_OA = new OaId("2000000000000000002");
    public static final OaId SHOP_OA = new OaId("2000000000000000003");
    public static final SecretCipher CIPHER = new SecretCipher(new byte[32]);

    private TestData() {}

    /** App A with the Support and Shop OAs, App B with the Sales OA, all connected. */
    public static void demoAppsAndOas(Jdbi jdbi) {
        var apps = new JdbiZaloApps(jdbi, CIPHER);
        apps.save(
                new ZaloApp(APP_A, "App A", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("secret-a", "oa-secret-a"));
        apps.save(
                new ZaloApp(APP_B, "App B", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("secret-b", "oa-secret-b"));
        var oas = new JdbiOfficialAccounts(jdbi);
        oas.save(OfficialAccount.draft(SUPPORT_OA, APP_A, "Support OA").connected());
        oas.save(OfficialAccount.draft(SHOP_OA, APP_A, "Shop OA").connected());
        oas.save(OfficialAccount.draft(SALES_OA, APP_B, "Sales OA").connected());
    }
}
