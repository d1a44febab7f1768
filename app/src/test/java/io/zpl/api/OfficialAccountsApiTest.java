package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.support.Api;
import io.zpl.support.AppTest;
import org.junit.jupiter.api.Test;

class OfficialAccountsApiTest extends AppTest {

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
    void health_is_up_with_the_database() {
        var health = Api.anonymous(baseUrl()).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").get("db").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void the_api_is_described_by_openapi() {
        var docs = Api.anonymous(baseUrl()).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/official-accounts")).isTrue();
    }
}
