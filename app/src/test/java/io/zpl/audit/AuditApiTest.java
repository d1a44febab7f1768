package io.zpl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class AuditApiTest extends AuditSpringTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String user, String path, String accept) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> json(String user, String path) throws IOException, InterruptedException {
        return get(user, path, "application/json");
    }

    @Test
    void the_admin_sees_mr_son_as_a_shadow_on_the_sales_oa_with_risk_and_action() throws Exception {
        var response = json(
                "admin",
                "/api/v1/official-accounts/" + SALES_OA + "/partner-links?finding=SHADOW_UNVERIFIED&q="
                        + URLEncoder.encode("Sơn", StandardCharsets.UTF_8) + "&limit=10");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"zaloUserId\":\"3000000000000000002\"")
                .contains("\"status\":\"SHADOW\"")
                .contains("\"code\":\"SHADOW_UNVERIFIED\"")
                .contains("\"risk\":\"Business content could be sent to a person nobody has verified.\"")
                .contains("\"action\":\"Keep under review; verify the customer before any business operation.\"")
                .contains("\"sharedPhone\":\"+84912345678\"")
                .contains("\"next\":null");
    }

    @Test
    void pages_hand_out_a_cursor_until_the_end() throws Exception {
        var first = json("admin", "/api/v1/official-accounts/" + SUPPORT_OA + "/partner-links?limit=5");
        assertThat(first.statusCode()).isEqualTo(200);
        String next = first.body().replaceAll("(?s).*\"next\":\"([^\"]+)\".*", "$1");
        var second = json("admin", "/api/v1/official-accounts/" + SUPPORT_OA + "/partner-links?limit=5&after=" + next);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"items\":[{");
    }

    @Test
    void agents_and_cs_leads_are_refused_with_the_missing_permission_named() throws Exception {
        for (String user : new String[] {"agent", "lead"}) {
            for (String path : new String[] {
                "/api/v1/official-accounts/" + SALES_OA + "/partner-links",
                "/api/v1/official-accounts/" + SALES_OA + "/readiness",
                "/api/v1/partner-links/1"
            }) {
                var response = json(user, path);
                assertThat(response.statusCode()).as(user + " " + path).isEqualTo(403);
                assertThat(response.body()).contains("\"code\":\"MISSING_ZALO_ADMIN_PERMISSION\"");
            }
            assertThat(get(user, "/api/v1/official-accounts/" + SALES_OA + "/partner-links", "text/csv")
                            .statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void readiness_says_which_checks_fail_and_why() throws Exception {
        var response = json("admin", "/api/v1/official-accounts/" + SALES_OA + "/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"oaId\":\"" + SALES_OA + "\"", "\"ready\":false")
                .contains("\"code\":\"PARTNERS_LIST_AUDITABLE\",\"passed\":true")
                .contains("\"code\":\"CROSS_OA_DUPLICATES_CHECKED\",\"passed\":true")
                .contains("\"code\":\"PROFILES_CURRENT\",\"passed\":false")
                .contains("profiles are stale: run Sync Profile");
    }

    @Test
    void the_csv_export_streams_the_whole_list_in_utf8_with_a_byte_order_mark() throws Exception {
        var response = get(
                "admin",
                "/api/v1/official-accounts/" + SALES_OA + "/partner-links?finding=SHADOW_UNVERIFIED",
                "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(response.body()).startsWith("\uFEFFlink_id,");
        assertThat(response.body()).contains("Son Nguyen").contains("SHADOW_UNVERIFIED");
    }

    @Test
    void a_link_comes_with_its_latest_messages_and_unknown_ones_are_404() throws Exception {
        var page = json("admin", "/api/v1/official-accounts/" + SALES_OA + "/partner-links?q=3000000000000000002");
        String linkId = page.body().replaceAll("(?s).*?\"linkId\":\"(\\d+)\".*", "$1");

        var link = json("admin", "/api/v1/partner-links/" + linkId);
        assertThat(link.statusCode()).isEqualTo(200);
        assertThat(link.body()).contains("\"messages\":[", "\"findings\":[");

        assertThat(json("admin", "/api/v1/partner-links/987654321").statusCode())
                .isEqualTo(404);
        assertThat(json("admin", "/api/v1/official-accounts/2999999/readiness").statusCode())
                .isEqualTo(404);
    }

    @Test
    void bad_input_is_a_400_with_a_clear_message() throws Exception {
        var badFinding = json("admin", "/api/v1/official-accounts/" + SALES_OA + "/partner-links?finding=NOPE");
        assertThat(badFinding.statusCode()).isEqualTo(400);
        assertThat(badFinding.body()).contains("VALIDATION_FAILED", "unknown finding 'NOPE'");
        var badCursor = json("admin", "/api/v1/official-accounts/" + SALES_OA + "/partner-links?after=zzz");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        assertThat(json("admin", "/api/v1/official-accounts/" + SALES_OA + "/partner-links?limit=500")
                        .statusCode())
                .isEqualTo(400);
        assertThat(json("admin", "/api/v1/official-accounts/" + SALES_OA + "/partner-links?limit=abc")
                        .statusCode())
                .isEqualTo(400);
        assertThat(json("admin", "/api/v1/partner-links/abc").statusCode()).isEqualTo(400);
    }

    @Test
    void any_role_searches_partners_by_phone_in_any_form_and_reads_balances() throws Exception {
        var found = json("agent", "/api/v1/partners?q=" + URLEncoder.encode("+84 912 345 678", StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"name\":\"Nguyễn Văn Sơn\"", "\"name\":\"Son Nguyen\"");
        String id = found.body().replaceAll("(?s).*?\"partnerId\":\"(\\d+)\",\"name\":\"Nguyễn Văn Sơn\".*", "$1");

        var son = json("agent", "/api/v1/partners/" + id);
        assertThat(son.statusCode()).isEqualTo(200);
        assertThat(son.body()).contains("\"openBalance\":14900000", "\"documentCount\":2", "\"resolvedFrom\":null");
        assertThat(json("agent", "/api/v1/partners/99999999").statusCode()).isEqualTo(404);
        assertThat(json("agent", "/api/v1/partners?status=NOPE").statusCode()).isEqualTo(400);
    }
}
