package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.fakes.InMemoryOfficialAccounts;
import io.zpl.application.fakes.InMemoryZaloApps;
import io.zpl.application.fakes.InMemoryZaloTokens;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class OaConnectionServiceTest {

    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));
    private static final ZaloAppId APP = new ZaloAppId("1000000000000000001");
    private static final OaId OA = new OaId("2000000000000000001");

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final InMemoryOfficialAccounts accounts = new InMemoryOfficialAccounts();
    private final InMemoryZaloApps apps = new InMemoryZaloApps();
    private final InMemoryZaloTokens tokens = new InMemoryZaloTokens();
    private final OAuth oauth = new OAuth();
    private final OaConnectionService service = new OaConnectionService(
            apps, accounts, tokens, oauth, () -> URI.create("http://localhost/zalo/oauth/callback"), () -> now);

    @Test
    void the_code_challenge_is_s256_of_the_verifier_as_in_rfc_7636() {
        assertThat(OaConnectionService.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void an_oa_is_connected_with_the_pair_zalo_grants_for_the_code() {
        configure();
        service.authorizeUrl(ADMIN, OA);
        var pending = tokens.pending().orElseThrow();
        assertThat(oauth.challenge).isEqualTo(OaConnectionService.challenge(pending.codeVerifier()));

        var connected = service.completeAuthorization("good-code", OA, pending.state());

        assertThat(connected.status()).isEqualTo(OaStatus.CONNECTED);
        assertThat(tokens.find(OA))
                .hasValueSatisfying(pair -> assertThat(pair.accessToken()).isEqualTo("access"));
        assertThat(oauth.verifier).isEqualTo(pending.codeVerifier());
    }

    @Test
    void an_old_or_foreign_state_or_a_refused_code_stores_nothing() {
        configure();
        service.authorizeUrl(ADMIN, OA);
        String state = tokens.pending().orElseThrow().state();

        assertThatThrownBy(() -> service.completeAuthorization("good-code", OA, "forged"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown or too old");
        assertThatThrownBy(() -> service.completeAuthorization("bad-code", OA, state))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Zalo refused");
        now = now.plus(OaConnectionService.STATE_LIFETIME).plusSeconds(1);
        assertThatThrownBy(() -> service.completeAuthorization("good-code", OA, state))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.find(OA)).isEmpty();
    }

    @Test
    void only_zalo_admins_configure_and_nothing_is_registered_twice() {
        configure();
        var agent = new Actor("agent", Set.of(Role.AGENT));
        assertThatThrownBy(() -> service.registerApp(
                        agent, APP, "x", "a", "b", SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.registerApp(
                        ADMIN, APP, "again", "a", "b", SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> service.addOfficialAccount(ADMIN, OA, "again", APP))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> service.registerApp(
                        ADMIN,
                        new ZaloAppId("1000000000000000009"),
                        "x",
                        " ",
                        "b",
                        SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_admin_reads_back_the_app_with_its_signature_variant_and_the_oa_with_its_status() {
        configure();

        assertThat(service.apps(ADMIN))
                .singleElement()
                .satisfies(app -> assertThat(app.signatureVariant())
                        .isEqualTo(SignatureVariant.APP_ID_BODY_TIMESTAMP_APP_SECRET));
        assertThat(service.officialAccount(ADMIN, OA).status()).isEqualTo(OaStatus.DRAFT);
        var agent = new Actor("agent", Set.of(Role.AGENT));
        assertThatThrownBy(() -> service.officialAccount(agent, OA)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.officialAccount(ADMIN, new OaId("2000000000000000099")))
                .isInstanceOf(NotFound.class);
    }

    private void configure() {
        service.registerApp(
                ADMIN, APP, "App", "app-secret", "oa-secret", SignatureVariant.APP_ID_BODY_TIMESTAMP_APP_SECRET);
        assertThat(service.addOfficialAccount(ADMIN, OA, "Support OA", APP).status())
                .isEqualTo(OaStatus.DRAFT);
    }

    private static final class OAuth implements ZaloOAuth {
        @Nullable
        String challenge;

        @Nullable
        String verifier;

        @Override
        public URI authorizeUrl(ZaloAppId app, URI redirectUri, String codeChallenge, String state) {
            challenge = codeChallenge;
            return URI.create("https://oauth.example/permission?state=" + state);
        }

        @Override
        public GrantAnswer exchangeCode(ZaloAppId app, String appSecret, String code, String codeVerifier) {
            verifier = codeVerifier;
            return code.equals("good-code") && appSecret.equals("app-secret")
                    ? new GrantAnswer.Granted("access", "refresh", Duration.ofHours(25))
                    : new GrantAnswer.Refused("Invalid code");
        }

        @Override
        public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
            return new GrantAnswer.Refused("not in this test");
        }
    }
}
