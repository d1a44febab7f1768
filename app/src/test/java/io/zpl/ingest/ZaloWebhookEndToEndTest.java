package io.zpl.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zpl.adapters.persistence.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole server on a random port, spoken to over real HTTP, as Zalo, as the sandbox's customer and as admins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ZaloWebhookEndToEndTest {

    static final String SALES = "2000000000000000002";
    static final String APP_B = "1000000000000000002";
    static final TestDatabase db = TestDatabase.fresh();
    static final JsonMapper JSON = JsonMapper.builder().build();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("zpl.db.url", db::jdbcUrl);
        registry.add("zpl.db.user", TestDatabase::user);
        registry.add("zpl.db.password", TestDatabase::password);
        registry.add("zpl.demo", () -> "true");
        registry.add("zpl.data-dir", () -> "target/e2e-data");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void a_simulated_new_customer_on_the_sales_oa_becomes_a_shadow_contact_listed_in_zalo_events() throws Exception {
        var simulated = post(
                "/sandbox/zalo/simulate",
                null,
                Map.of("oaId", SALES, "eventName", "user_send_text", "text", "Cho mình hỏi giá 🙏"));
        assertThat(simulated.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(simulated.body());
        assertThat(result.get("webhookStatus").asInt()).isEqualTo(200);
        String user = result.get("zaloUserId").asString();

        // the webhook is answered once the event is stored; processing follows on the ingest pool
        JsonNode first = await().atMost(Duration.ofSeconds(10))
                .until(
                        this::newestSalesMessageEvent,
                        event -> event.get("state").asString().equals("PROCESSED"));
        assertThat(first.get("zaloUserId").asString()).isEqualTo(user);
        assertThat(first.get("note").asString()).startsWith("new shadow contact");
        assertThat(count(
                        "SELECT COUNT(*) FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id "
                                + "WHERE l.oa_id = ? AND l.zalo_user_id = ? AND p.status = 'SHADOW'",
                        SALES,
                        user))
                .isEqualTo(1);

        var detail = get("/api/v1/zalo-events/" + first.get("eventId").asString(), "admin");
        assertThat(JSON.readTree(detail.body()).get("payload").asString()).contains("Cho mình hỏi giá 🙏");
    }

    private JsonNode newestSalesMessageEvent() throws Exception {
        var events = get("/api/v1/zalo-events?oaId=" + SALES + "&eventName=user_send_text&limit=5", "admin");
        assertThat(events.statusCode()).isEqualTo(200);
        return JSON.readTree(events.body()).get("items").get(0);
    }

    @Test
    void a_forged_webhook_gets_401_and_leaves_no_trace() throws Exception {
        long before = count("SELECT COUNT(*) FROM zalo_event");
        long ts = System.currentTimeMillis();
        byte[] body = ZaloWebhookBodies.userSendText(APP_B, SALES, "3999999999999999999", "5999", "m-forged", "hi", ts);
        var forged = webhook(body, ZaloWebhookBodies.sign(APP_B, body, ts, "not-the-secret"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(forged.body()).get("code").asString()).isEqualTo("INVALID_SIGNATURE");
        assertThat(webhook(body, null).statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM zalo_event")).isEqualTo(before);

        var signed = webhook(body, ZaloWebhookBodies.sign(APP_B, body, ts, "demo-oa-secret-b"));
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(signed.body()).get("duplicate").asBoolean()).isFalse();
        var again = webhook(body, ZaloWebhookBodies.sign(APP_B, body, ts, "demo-oa-secret-b"));
        assertThat(JSON.readTree(again.body()).get("duplicate").asBoolean()).isTrue();
        assertThat(JSON.readTree(again.body()).get("accepted").asBoolean()).isTrue();
    }

    @Test
    void malformed_old_future_and_oversized_webhooks_get_their_codes() throws Exception {
        assertThat(webhook("{oops".getBytes(StandardCharsets.UTF_8), "mac=00").statusCode())
                .isEqualTo(400);
        long old = System.currentTimeMillis() - Duration.ofHours(7).toMillis();
        byte[] replay = ZaloWebhookBodies.userSendText(APP_B, SALES, "3999999999999999998", "5998", "m-old", "x", old);
        var tooOld = webhook(replay, ZaloWebhookBodies.sign(APP_B, replay, old, "demo-oa-secret-b"));
        assertThat(tooOld.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooOld.body()).get("code").asString()).isEqualTo("EVENT_TOO_OLD");
        long ahead = System.currentTimeMillis() + Duration.ofHours(7).toMillis();
        byte[] future =
                ZaloWebhookBodies.userSendText(APP_B, SALES, "3999999999999999998", "5998", "m-ahead", "x", ahead);
        var tooFarAhead = webhook(future, ZaloWebhookBodies.sign(APP_B, future, ahead, "demo-oa-secret-b"));
        assertThat(tooFarAhead.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooFarAhead.body()).get("code").asString()).isEqualTo("EVENT_TIMESTAMP_IN_FUTURE");
        var huge = webhook(new byte[256 * 1024 + 10], "mac=00");
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void the_zalo_events_api_is_for_zalo_admins_only() throws Exception {
        var agent = get("/api/v1/zalo-events", "agent");
        assertThat(agent.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(agent.body()).get("code").asString()).isEqualTo("MISSING_ZALO_ADMIN_PERMISSION");
        assertThat(get("/api/v1/zalo-events?limit=500", "admin").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/zalo-events?state=LOST", "admin").statusCode()).isEqualTo(400);
    }

    @Test
    void the_sandbox_speaks_zalo_openapi_and_oauth() throws Exception {
        String data = java.net.URLEncoder.encode("{\"user_id\":\"3000000000000000002\"}", StandardCharsets.UTF_8);
        var detail = http.send(
                HttpRequest.newBuilder(uri("/sandbox/zalo/openapi/v3.0/oa/user/detail?data=" + data))
                        .header("access_token", "sandbox-access-sales-oa")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode son = JSON.readTree(detail.body());
        assertThat(son.get("error").asInt()).isZero();
        assertThat(son.get("data").get("user_id_by_app").asString()).isEqualTo("5000000000000000002");
        assertThat(son.get("data").get("shared_info").get("phone").asString()).isEqualTo("0912345678");

        var badToken = http.send(
                HttpRequest.newBuilder(uri("/sandbox/zalo/openapi/v3.0/oa/user/detail?data=" + data))
                        .header("access_token", "nope")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badToken.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(badToken.body()).get("error").asInt()).isEqualTo(-216);

        String form = "refresh_token=sandbox-refresh-shop-oa&app_id=1000000000000000001&grant_type=refresh_token";
        var refreshed = JSON.readTree(oauth(form).body());
        assertThat(refreshed.get("expires_in").isString()).isTrue();
        assertThat(refreshed.get("access_token").asString()).isNotBlank();
        var reused = JSON.readTree(oauth(form).body());
        assertThat(reused.has("access_token"))
                .as("a refresh token is single use")
                .isFalse();
        assertThat(reused.get("error_name").asString()).isEqualTo("invalid_grant");

        assertThat(put("/sandbox/zalo/faults", null, Map.of("latencyMs", 0)).statusCode())
                .isEqualTo(401);
        assertThat(put("/sandbox/zalo/faults", "agent", Map.of("latencyMs", 0)).statusCode())
                .isEqualTo(403);
        assertThat(put("/sandbox/zalo/faults", "admin", Map.of("errorRate", Map.of("-32", 0.0), "ratePerMinute", 4000))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void mr_son_has_his_demo_message_history() {
        assertThat(count(
                        "SELECT COUNT(*) FROM zalo_message m JOIN partner_link l ON l.link_id = m.link_id "
                                + "WHERE l.zalo_user_id = ?",
                        "3000000000000000001"))
                .isEqualTo(14);
    }

    private HttpResponse<String> oauth(String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("/sandbox/zalo/oauth/v4/oa/access_token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("secret_key", "demo-app-secret-a")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> webhook(byte[] body, String signature) throws Exception {
        var request = HttpRequest.newBuilder(uri("/zalo/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-ZEvent-Signature", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return http.send(auth(HttpRequest.newBuilder(uri(path)), user).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, Object body) throws Exception {
        var request = auth(HttpRequest.newBuilder(uri(path)), user)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String user, Object body) throws Exception {
        var request = auth(HttpRequest.newBuilder(uri(path)), user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder builder, String user) {
        if (user == null) {
            return builder;
        }
        String token = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        return builder.header("Authorization", "Basic " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static long count(String sql, Object... args) {
        return db.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
            }
            return query.mapTo(Long.class).one();
        });
    }
}
