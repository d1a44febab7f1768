package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.support.Api;
import io.zpl.support.AppTest;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/partner-links/{id}/sync} over real HTTP against the demo sandbox. */
class SyncProfileApiTest extends AppTest {

    private static final String SUPPORT_OA = "2000000000000000001";
    private static final String SON_ON_SUPPORT = "3000000000000000001";

    private String sonsLinkId(Api admin) {
        var page = admin.get("/api/v1/official-accounts/" + SUPPORT_OA + "/partner-links?q=" + SON_ON_SUPPORT);
        assertThat(page.status()).isEqualTo(200);
        return page.json().get("items").get(0).get("linkId").asString();
    }

    @Test
    void a_zalo_admin_syncs_a_link_and_gets_the_api_link_back_with_partner_and_findings() {
        var admin = Api.as(baseUrl(), "admin", "admin");

        var response = admin.post("/api/v1/partner-links/" + sonsLinkId(admin) + "/sync", "");

        assertThat(response.status()).isEqualTo(200);
        var json = response.json();
        assertThat(json.get("outcome").asString()).isEqualTo("OK");
        var link = json.get("link");
        assertThat(link.get("zaloUserId").asString()).isEqualTo(SON_ON_SUPPORT);
        assertThat(link.get("partner").get("name").asString()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(link.get("lastSync").get("outcome").asString()).isEqualTo("OK");
        assertThat(link.get("findings").isArray()).isTrue();
    }

    @Test
    void an_agent_may_not_sync() {
        var admin = Api.as(baseUrl(), "admin", "admin");
        var response =
                Api.as(baseUrl(), "agent", "agent").post("/api/v1/partner-links/" + sonsLinkId(admin) + "/sync", "");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asString()).isEqualTo("MISSING_ZALO_ADMIN_PERMISSION");
    }
}
