package io.zpl.adapters.zalo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.OaCall;
import io.zpl.application.port.out.ProfileAnswer;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloError;
import io.zpl.domain.zalo.ZaloErrorClass;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZaloOpenApiClientTest {

    static final ZaloAppId APP = new ZaloAppId("1000000000000000001");
    static final OaId OA = new OaId("2000000000000000001");
    static final ZaloUserId SON = new ZaloUserId("4572947693969771653");

    FakeZalo zalo;
    String token;

    @BeforeEach
    void start() throws Exception {
        zalo = new FakeZalo();
        token = zalo.issuePair();
        zalo.user(SON.value(), "Nguyễn Văn Sơn");
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    static ZaloClientSettings settings(FakeZalo zalo, int ratePerMinute, int maxAttempts, int circuitCalls) {
        return new ZaloClientSettings(
                zalo.base(),
                zalo.base(),
                Duration.ofSeconds(2),
                Duration.ofMillis(1_000),
                ratePerMinute,
                Duration.ofSeconds(30),
                maxAttempts,
                Duration.ofMillis(20),
                Duration.ofMillis(200),
                circuitCalls,
                50f,
                Duration.ofMillis(500));
    }

    ZaloOpenApiClient client(int ratePerMinute, int maxAttempts, int circuitCalls) {
        return new ZaloOpenApiClient(settings(zalo, ratePerMinute, maxAttempts, circuitCalls), Clock.systemUTC());
    }

    OaCall call() {
        return new OaCall(OA, APP, token);
    }

    @Test
    void reads_a_profile_with_numeric_ids_a_vietnamese_date_shared_info_and_unknown_fields() {
        zalo.userData.put(SON.value(), """
                {"user_id":4572947693969771653,"user_id_by_app":8572947693969771653,"display_name":"Sơn Nguyễn",
                 "user_alias":"Anh Sơn","user_last_interaction_date":"05/11/2026","user_is_follower":"true",
                 "avatar":"","avatars":{"120":"https://a/120.jpg","240":"https://a/240.jpg"},
                 "shared_info":{"phone":84912345678,"name":"Nguyễn Văn Sơn","address":"12 Lý Thường Kiệt",
                                "district":"Hoàn Kiếm","city":"Hà Nội"},
                 "tags_and_notes_info":{"tag_names":[],"notes":[]},"something_new":[1,2]}
                """);

        var answer = client(4_000, 3, 20).fetch(call(), SON);

        assertThat(answer).isInstanceOf(ProfileAnswer.Found.class);
        var found = ((ProfileAnswer.Found) answer).profile();
        assertThat(found.userId()).isEqualTo(SON);
        assertThat(found.userIdByApp().value()).isEqualTo("8572947693969771653");
        var profile = found.profile();
        assertThat(profile.displayName()).isEqualTo("Sơn Nguyễn");
        assertThat(profile.alias()).isEqualTo("Anh Sơn");
        assertThat(profile.avatarUrl()).isEqualTo("https://a/240.jpg");
        assertThat(profile.follower()).isTrue();
        assertThat(profile.lastInteractionAt()).isEqualTo(Instant.parse("2026-11-04T17:00:00Z"));
        assertThat(profile.sharedPhone()).isEqualTo(new PhoneNumber("+84912345678"));
        assertThat(profile.sharedName()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(profile.sharedAddress()).isEqualTo("12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội");
    }

    @Test
    void a_profile_without_shared_info_has_no_shared_fields() {
        var answer = (ProfileAnswer.Found) client(4_000, 3, 20).fetch(call(), SON);
        assertThat(answer.profile().profile().sharedPhone()).isNull();
        assertThat(answer.profile().profile().alias()).isNull();
    }

    @Test
    void zalo_errors_with_http_200_come_back_classified_and_are_not_retried() {
        var client = client(4_000, 4, 20);
        for (var code : List.of(-213, -217, -204, -223, -211, -216, -220)) {
            zalo.override = user -> new String[] {"200", "{\"error\":" + code + ",\"message\":\"no\"}"};
            int before = zalo.detailCount();
            var answer = client.fetch(call(), SON);
            assertThat(answer).isInstanceOf(ProfileAnswer.Refused.class);
            assertThat(((ProfileAnswer.Refused) answer).error().code()).isEqualTo(code);
            assertThat(zalo.detailCount() - before).as("calls for " + code).isEqualTo(1);
        }
    }

    @Test
    void http_401_is_a_token_error() {
        zalo.override = user -> new String[] {"401", "Unauthorized"};
        var answer = (ProfileAnswer.Refused) client(4_000, 3, 20).fetch(call(), SON);
        assertThat(answer.error().kind()).isEqualTo(ZaloErrorClass.TOKEN);
    }

    @Test
    void a_malformed_body_is_retried_then_reported_never_thrown() {
        for (String body :
                List.of("not json", "[1,2]", "{\"error\":0}", "{\"data\":{\"display_name\":\"x\"},\"error\":0}")) {
            zalo.override = user -> new String[] {"200", body};
            int before = zalo.detailCount();
            var answer = client(4_000, 3, 100).fetch(call(), SON);
            assertThat(answer).as(body).isInstanceOf(ProfileAnswer.GaveUp.class);
            assertThat(((ProfileAnswer.GaveUp) answer).lastError().code()).isEqualTo(ZaloError.MALFORMED_ANSWER);
            assertThat(zalo.detailCount() - before).isBetween(1, 3);
        }
    }

    @Test
    void with_30_percent_5xx_and_timeouts_every_call_ends_found_or_clearly_given_up_within_the_budget()
            throws Exception {
        zalo.errorRate5xx = 0.2;
        zalo.timeoutRate = 0.1;
        zalo.timeoutSleepMs = 1_500;
        var client = client(60_000, 4, 10_000);
        List<Future<ProfileAnswer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> client.fetch(call(), SON)));
            }
        }
        int found = 0;
        for (var answer : answers) {
            var a = answer.get();
            if (a instanceof ProfileAnswer.Found) {
                found++;
            } else {
                assertThat(a).isInstanceOf(ProfileAnswer.GaveUp.class);
                assertThat(((ProfileAnswer.GaveUp) a).attempts()).isEqualTo(4);
                assertThat(((ProfileAnswer.GaveUp) a).lastError().isTransient()).isTrue();
            }
        }
        assertThat(found).isGreaterThan(190);
        assertThat(zalo.detailCount()).isLessThanOrEqualTo(200 * 4);
    }

    @Test
    void under_minus_32_bursts_the_client_slows_down_and_never_exceeds_its_rate() throws Exception {
        zalo.rateLimitRate = 0.3;
        int ratePerMinute = 61 * 20; // 20 calls a second
        var client = client(ratePerMinute, 6, 10_000);
        long start = System.nanoTime();
        List<Future<ProfileAnswer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(32)) {
            for (int i = 0; i < 80; i++) {
                answers.add(pool.submit(() -> client.fetch(call(), SON)));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int ok = 0;
        for (var answer : answers) {
            ok += answer.get() instanceof ProfileAnswer.Found ? 1 : 0;
        }
        assertThat(ok).isGreaterThan(70);
        // one-second cycles of 20 permits: a three-second window spans at most four cycles (arrival jitter included)
        assertThat(zalo.maxInWindow(3_000)).isLessThanOrEqualTo(80);
        // slower than the budget: each -32 costs the App a quarter second of it
        assertThat(zalo.detailCount() / seconds).isLessThan(20);
    }

    @Test
    void the_circuit_opens_after_repeated_failures_and_closes_after_recovery() throws Exception {
        var client = client(60_000, 1, 5);
        zalo.errorRate5xx = 1.0;
        for (int i = 0; i < 5; i++) {
            assertThat(client.fetch(call(), SON)).isInstanceOf(ProfileAnswer.GaveUp.class);
        }
        int calls = zalo.detailCount();
        var refused = client.fetch(call(), SON);
        assertThat(refused).isInstanceOf(ProfileAnswer.Unavailable.class);
        assertThat(((ProfileAnswer.Unavailable) refused).reason()).contains("Zalo keeps failing");
        assertThat(zalo.detailCount()).isEqualTo(calls);

        zalo.errorRate5xx = 0;
        Thread.sleep(600);
        for (int i = 0; i < 10; i++) {
            assertThat(client.fetch(call(), SON)).isInstanceOf(ProfileAnswer.Found.class);
        }
    }

    @Test
    void a_user_error_does_not_open_the_circuit() {
        var client = client(60_000, 1, 5);
        zalo.override = user -> new String[] {"200", "{\"error\":-213,\"message\":\"not a follower\"}"};
        for (int i = 0; i < 20; i++) {
            assertThat(client.fetch(call(), SON)).isInstanceOf(ProfileAnswer.Refused.class);
        }
    }
}
