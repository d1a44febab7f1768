package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.fakes.UnusedOAuth;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.application.service.OaAccessTokens;
import io.zpl.application.service.OaAccessTokens.TokenAnswer;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.zalo.ZaloAppId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Single-use refresh tokens against real MariaDB row locks: one refresh, however many threads ask at once. */
class JdbiZaloTokensTest {

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    JdbiZaloTokens tokens;
    JdbiOfficialAccounts accounts;
    CountingOAuth oauth;
    OaAccessTokens access;

    @BeforeEach
    void setUp() {
        tokens = new JdbiZaloTokens(db.jdbi(), TestData.CIPHER);
        accounts = new JdbiOfficialAccounts(db.jdbi());
        accounts.save(accounts.find(TestData.SUPPORT_OA).orElseThrow().connected());
        oauth = new CountingOAuth();
        access = new OaAccessTokens(
                tokens,
                oauth,
                new JdbiZaloApps(db.jdbi(), TestData.CIPHER),
                accounts,
                Instant::now,
                Duration.ofHours(1));
        tokens.underLock(
                TestData.SUPPORT_OA,
                current -> new TokenDecision.Replace(
                        new OaTokens("old-access", Instant.now().plusSeconds(20 * 3600), "old-refresh", null, 7)));
    }

    @Test
    void tokens_are_stored_encrypted_and_read_back() {
        var stored = tokens.find(TestData.SUPPORT_OA).orElseThrow();
        assertThat(stored.accessToken()).isEqualTo("old-access");
        assertThat(stored.version()).isEqualTo(7);
        byte[] raw = db.jdbi()
                .withHandle(h -> h.createQuery("SELECT access_token_enc FROM official_account WHERE oa_id = :oa")
                        .bind("oa", TestData.SUPPORT_OA.value())
                        .mapTo(byte[].class)
                        .one());
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("old-access");
    }

    @Test
    void two_threads_refreshing_at_once_make_one_refresh_call_and_both_use_the_new_token() throws Exception {
        var oa = accounts.find(TestData.SUPPORT_OA).orElseThrow();
        var start = new CountDownLatch(1);
        List<Future<TokenAnswer>> answers = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return access.refresh(oa, 7);
                }));
            }
            start.countDown();
        }
        assertThat(oauth.refreshes.get()).isEqualTo(1);
        for (var answer : answers) {
            var usable = (TokenAnswer.Usable) answer.get();
            assertThat(usable.tokens().accessToken()).isEqualTo("new-access-1");
            assertThat(usable.tokens().version()).isEqualTo(8);
        }
        assertThat(tokens.find(TestData.SUPPORT_OA).orElseThrow().refreshToken())
                .isEqualTo("new-refresh-1");
        assertThat(oauth.lastRefreshToken).isEqualTo("old-refresh");
    }

    @Test
    void a_token_expiring_soon_is_refreshed_ahead_once() {
        tokens.underLock(
                TestData.SUPPORT_OA,
                current -> new TokenDecision.Replace(
                        new OaTokens("soon", Instant.now().plusSeconds(600), "old-refresh", null, 7)));
        var oa = accounts.find(TestData.SUPPORT_OA).orElseThrow();
        var first = (TokenAnswer.Usable) access.current(oa);
        var second = (TokenAnswer.Usable) access.current(oa);
        assertThat(first.tokens().accessToken()).isEqualTo("new-access-1");
        assertThat(second.tokens().accessToken()).isEqualTo("new-access-1");
        assertThat(oauth.refreshes.get()).isEqualTo(1);
    }

    @Test
    void a_refused_refresh_expires_the_oa_with_the_reason() {
        oauth.refuse = true;
        var oa = accounts.find(TestData.SUPPORT_OA).orElseThrow();
        var answer = access.refresh(oa, 7);
        assertThat(answer).isInstanceOf(TokenAnswer.NeedsAdmin.class);
        var expired = accounts.find(TestData.SUPPORT_OA).orElseThrow();
        assertThat(expired.status()).isEqualTo(OaStatus.EXPIRED);
        assertThat(expired.statusReason()).contains("invalid_grant").contains("connect the OA again");
        assertThat(access.current(expired)).isInstanceOf(TokenAnswer.NeedsAdmin.class);
    }

    @Test
    void an_unreachable_login_service_keeps_the_pair_and_the_status() {
        oauth.unreachable = true;
        var oa = accounts.find(TestData.SUPPORT_OA).orElseThrow();
        assertThat(access.refresh(oa, 7)).isInstanceOf(TokenAnswer.Unavailable.class);
        assertThat(accounts.find(TestData.SUPPORT_OA).orElseThrow().status()).isEqualTo(OaStatus.CONNECTED);
        assertThat(tokens.find(TestData.SUPPORT_OA).orElseThrow().accessToken()).isEqualTo("old-access");
    }

    static final class CountingOAuth extends UnusedOAuth {
        final AtomicInteger refreshes = new AtomicInteger();
        volatile boolean refuse;
        volatile boolean unreachable;
        volatile String lastRefreshToken;

        @Override
        public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
            int n = refreshes.incrementAndGet();
            lastRefreshToken = refreshToken;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (refuse) {
                return new GrantAnswer.Refused("invalid_grant: Refresh token is invalid");
            }
            if (unreachable) {
                return new GrantAnswer.Unreachable("timeout");
            }
            return new GrantAnswer.Granted("new-access-" + n, "new-refresh-" + n, Duration.ofHours(25));
        }
    }
}
