package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.support.Api;
import io.zpl.support.AppTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfficialAccountsApiTest extends AppTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));

    @Autowired
    ConfigureZaloOa configure;

    @Autowired
    ZaloTokens tokens;

    @Test
    void admin_lists_the_three_demo_oas_with_their_counts() {
        var response = Api.as(baseUrl(), "admin", "admin").get("/api/v1/official-accounts");

        assertThat(response.status()).isEqualTo(200);
        var oas = response.json();
        assertThat(oas.valueStream().map(oa -> oa.get("name").asString()))
                .contains("Sales OA", "Shop OA", "Support OA");
        var sales = oas.valueStream()
                .filter(oa -> oa.get("name").asString().equals("Sales OA"))
                .findFirst()
                .orElseThrow();
        assertThat(sales.get("oaId").asString()).isEqualTo("2000000000000000002");
        assertThat(sales.get("appId").asString()).isEqualTo("1000000000000000002");
        assertThat(sales.get("status").asString()).isEqualTo("CONNECTED");
        assertThat(sales.get("linkCount").asLong()).isPositive();
        assertThat(sales.get("shadowCount").asLong()).isPositive();
        assertThat(sales.has("suspectedDuplicateCount")).isTrue();
        assertThat(sales.has("staleCount")).isTrue();
        assertThat(sales.get("ready").asBoolean()).isFalse();
    }

    @Test
    void every_role_may_read_the_oa_list() {
        assertThat(Api.as(baseUrl(), "agent", "agent")
                        .get("/api/v1/official-accounts")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(baseUrl(), "lead", "lead")
                        .get("/api/v1/official-accounts")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void without_or_with_wrong_credentials_the_answer_is_401_problem_details() {
        for (var api : new Api[] {Api.anonymous(baseUrl()), Api.as(baseUrl(), "admin", "wrong")}) {
            var response = api.get("/api/v1/official-accounts");
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    void unknown_paths_and_methods_answer_problem_details_not_500() {
        var api = Api.as(baseUrl(), "admin", "admin");
        var missing = api.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asString()).isEqualTo("NOT_FOUND");
        var wrongMethod = api.post("/api/v1/official-accounts/2000000000000000002/readiness-nope", "{");
        assertThat(wrongMethod.status()).isBetween(400, 499);
    }

    @Test
    void health_answers_200_with_the_database_up() {
        var health = Api.anonymous(baseUrl()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        // other tests leave OAs expired in the shared database: then health is DEGRADED, still 200, never DOWN
        assertThat(health.json().get("status").asString()).isIn("UP", "DEGRADED");
        assertThat(health.json().get("components").get("db").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void an_expired_oa_degrades_health_and_only_zalo_admins_see_which_one_and_why() {
        var app = new ZaloAppId("1000000000000000882");
        var oa = new OaId("2000000000000000882");
        configure.registerApp(
                ADMIN, app, "Health App", "secret", "key", SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET);
        configure.addOfficialAccount(ADMIN, oa, "Unhealthy OA", app);
        String reason = "Zalo refused to refresh the Unhealthy OA's token (invalid_grant): connect the OA again.";
        tokens.underLock(oa, current -> new TokenDecision.Expire(reason));

        var anonymous = Api.anonymous(baseUrl()).get("/actuator/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(anonymous
                        .json()
                        .get("components")
                        .get("officialAccounts")
                        .get("status")
                        .asString())
                .isEqualTo("DEGRADED");
        assertThat(anonymous.body()).doesNotContain("Unhealthy OA");
        assertThat(Api.as(baseUrl(), "agent", "agent").get("/actuator/health").body())
                .doesNotContain("Unhealthy OA");

        var admin = Api.as(baseUrl(), "admin", "admin").get("/actuator/health");
        var expired = admin.json()
                .get("components")
                .get("officialAccounts")
                .get("details")
                .get("needReconnecting")
                .get(oa.value());
        assertThat(expired.get("name").asString()).isEqualTo("Unhealthy OA");
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("reason").asString()).isEqualTo(reason);
    }

    @Test
    void the_api_is_described_by_openapi() {
        var docs = Api.anonymous(baseUrl()).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/official-accounts")).isTrue();
    }
}
