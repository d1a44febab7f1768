package io.zpl.adapters.zalo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.GrantAnswer;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZaloOAuthClientTest {

    static final ZaloAppId APP = new ZaloAppId("1000000000000000001");
    FakeZalo zalo;
    ZaloOAuthClient oauth;

    @BeforeEach
    void start() throws Exception {
        zalo = new FakeZalo();
        oauth = new ZaloOAuthClient(ZaloOpenApiClientTest.settings(zalo, 4_000, 3, 20));
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void a_refresh_returns_the_new_pair_with_expires_in_as_a_string() {
        zalo.refreshTokens.put("rt-1", "ok");
        var answer = oauth.refresh(APP, "secret", "rt-1");
        assertThat(answer).isInstanceOf(GrantAnswer.Granted.class);
        var granted = (GrantAnswer.Granted) answer;
        assertThat(granted.expiresIn()).isEqualTo(Duration.ofHours(25));
        assertThat(zalo.validTokens).contains(granted.accessToken());
        assertThat(granted.toString()).doesNotContain(granted.accessToken());
    }

    @Test
    void a_body_without_access_token_is_a_failure_even_with_http_200() {
        var answer = oauth.refresh(APP, "secret", "used-already");
        assertThat(answer).isInstanceOf(GrantAnswer.Refused.class);
        assertThat(((GrantAnswer.Refused) answer).reason())
                .contains("invalid_grant")
                .contains("-14020");
    }

    @Test
    void an_unreachable_login_service_is_not_a_refusal() {
        zalo.close();
        assertThat(oauth.refresh(APP, "secret", "rt")).isInstanceOf(GrantAnswer.Unreachable.class);
    }

    @Test
    void the_authorize_url_carries_app_redirect_challenge_and_state() {
        URI url = oauth.authorizeUrl(APP, URI.create("http://localhost:1/zalo/oauth/callback"), "ch", "st");
        assertThat(url.toString())
                .startsWith(zalo.base() + "/v4/oa/permission?")
                .contains("app_id=1000000000000000001")
                .contains("redirect_uri=http%3A%2F%2Flocalhost%3A1%2Fzalo%2Foauth%2Fcallback")
                .contains("code_challenge=ch")
                .contains("state=st");
    }
}
