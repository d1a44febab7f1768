package io.zpl.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.demo.DemoData;
import io.zpl.domain.oa.OaStatus;
import io.zpl.support.Api;
import io.zpl.support.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Configure Zalo OA over HTTP: App and OA registration, the permission URL and the OAuth callback via the sandbox. */
class ConfigureZaloOaApiTest extends AppTest {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @Autowired
    OfficialAccounts accounts;

    @Autowired
    ZaloTokens tokens;

    private Api admin() {
        return Api.as(baseUrl(), "admin", "admin");
    }

    @Test
    void an_app_is_registered_without_its_secrets_being_echoed_and_an_oa_starts_as_draft() {
        var app = admin().post("/api/v1/zalo-apps", """
                {"appId":"1000000000000000777","name":"Zalo App Test","appSecret":"s3cret-app","oaSecretKey":"s3cret-oa"}
                """);
        assertThat(app.status()).isEqualTo(201);
        assertThat(app.json().get("appId").asString()).isEqualTo("1000000000000000777");
        assertThat(app.json().get("name").asString()).isEqualTo("Zalo App Test");
        assertThat(app.body()).doesNotContain("s3cret");

        var oa = admin().post("/api/v1/official-accounts", """
                {"oaId":"2000000000000000777","name":"Test OA","appId":"1000000000000000777"}
                """);
        assertThat(oa.status()).isEqualTo(201);
        assertThat(oa.json().get("status").asString()).isEqualTo("DRAFT");

        var url = admin().get("/api/v1/official-accounts/2000000000000000777/authorize-url");
        assertThat(url.status()).isEqualTo(200);
        assertThat(url.json().get("url").asString()).contains("code_challenge=").contains("state=");
    }

    @Test
    void bad_input_is_a_validation_problem_and_agents_are_refused() {
        var missing = admin().post("/api/v1/zalo-apps", """
                {"appId":"1000000000000000778","name":"No secrets"}
                """);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("VALIDATION_FAILED").contains("appSecret");

        var unknownApp = admin().post("/api/v1/official-accounts", """
                {"oaId":"2000000000000000778","name":"Orphan","appId":"1000000000000000999"}
                """);
        assertThat(unknownApp.status()).isEqualTo(400);
        assertThat(unknownApp.body()).contains("VALIDATION_FAILED");

        assertThat(Api.as(baseUrl(), "agent", "agent")
                        .post("/api/v1/zalo-apps", """
                                {"appId":"1000000000000000779","name":"x","appSecret":"a","oaSecretKey":"b"}
                                """)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_admin_connects_an_oa_through_the_permission_page_and_a_used_state_is_refused() throws Exception {
        var oaId = DemoData.SUPPORT_OA;
        int before = tokens.find(oaId).map(t -> t.version()).orElse(0);
        String url = admin().get("/api/v1/official-accounts/" + oaId.value() + "/authorize-url")
                .json()
                .get("url")
                .asString();

        var grant = browse(url.replace("/permission?", "/permission/grant?") + "&oa_id=" + oaId.value());
        assertThat(grant.statusCode()).isEqualTo(302);
        String callback = grant.headers().firstValue("Location").orElseThrow();
        var connected = browse(callback);

        assertThat(connected.statusCode()).isEqualTo(303);
        assertThat(connected.headers().firstValue("Location")).contains("/official-accounts/" + oaId.value());
        assertThat(accounts.find(oaId).orElseThrow().status()).isEqualTo(OaStatus.CONNECTED);
        assertThat(tokens.find(oaId).orElseThrow().version()).isEqualTo(before + 1);

        var replayed = browse(callback);
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("unknown or too old");
        assertThat(tokens.find(oaId).orElseThrow().version()).isEqualTo(before + 1);
    }

    @Test
    void a_forged_state_gets_a_plain_error_page() throws Exception {
        var page = browse(
                baseUrl() + "/zalo/oauth/callback?code=abc&oa_id=" + DemoData.SALES_OA.value() + "&state=forged");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("The Official Account was not connected");
    }

    private static HttpResponse<String> browse(String url) throws Exception {
        return BROWSER.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
