package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.PendingAuthorization;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.domain.access.Role;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** Registers Apps and OAs and connects OAs through OAuth v4 with PKCE (S256); the state lives on the OA row. */
public final class OaConnectionService implements ConfigureZaloOa {

    /** How long the admin has on Zalo's permission page before the state is too old. */
    static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();
    private final ZaloApps apps;
    private final OfficialAccounts accounts;
    private final ZaloTokens tokens;
    private final ZaloOAuth oauth;
    private final Supplier<URI> redirectUri;
    private final Clock clock;

    public OaConnectionService(
            ZaloApps apps,
            OfficialAccounts accounts,
            ZaloTokens tokens,
            ZaloOAuth oauth,
            Supplier<URI> redirectUri,
            Clock clock) {
        this.apps = apps;
        this.accounts = accounts;
        this.tokens = tokens;
        this.oauth = oauth;
        this.redirectUri = redirectUri;
        this.clock = clock;
    }

    @Override
    public ZaloApp registerApp(
            Actor actor,
            ZaloAppId id,
            String name,
            String appSecret,
            String oaSecretKey,
            SignatureVariant signatureVariant) {
        actor.require(Role.ZALO_ADMIN);
        var app = new ZaloApp(id, name, true, signatureVariant);
        var secrets = new ZaloAppSecrets(appSecret, oaSecretKey);
        if (apps.find(id).isPresent()) {
            throw new Conflict("APP_EXISTS", "The Zalo App " + id.value() + " is registered already.");
        }
        apps.save(app, secrets);
        return app;
    }

    @Override
    public List<ZaloApp> apps(Actor actor) {
        actor.require(Role.ZALO_ADMIN);
        return apps.all().stream().sorted(Comparator.comparing(ZaloApp::name)).toList();
    }

    @Override
    public OfficialAccount addOfficialAccount(Actor actor, OaId id, String name, ZaloAppId app) {
        actor.require(Role.ZALO_ADMIN);
        var draft = OfficialAccount.draft(id, app, name);
        if (apps.find(app).isEmpty()) {
            throw new IllegalArgumentException("There is no Zalo App " + app.value() + "; register the App first.");
        }
        if (accounts.find(id).isPresent()) {
            throw new Conflict("OA_EXISTS", "The Official Account " + id.value() + " is added already.");
        }
        accounts.save(draft);
        return draft;
    }

    @Override
    public OfficialAccount officialAccount(Actor actor, OaId oa) {
        actor.require(Role.ZALO_ADMIN);
        return existing(oa);
    }

    @Override
    public String authorizeUrl(Actor actor, OaId oa) {
        actor.require(Role.ZALO_ADMIN);
        var account = existing(oa);
        String verifier = randomToken(48);
        String state = randomToken(24);
        tokens.startAuthorization(oa, new PendingAuthorization(oa, state, verifier, clock.now()));
        return oauth.authorizeUrl(account.appId(), redirectUri.get(), challenge(verifier), state)
                .toString();
    }

    @Override
    public OfficialAccount completeAuthorization(String code, OaId oa, String state) {
        if (code == null || code.isBlank() || state == null || state.isBlank()) {
            throw new IllegalArgumentException("Zalo sent no authorization code or state back.");
        }
        var pending = tokens.pendingAuthorization(state)
                .filter(p -> p.oaId().equals(oa))
                .filter(p -> p.startedAt().plus(STATE_LIFETIME).isAfter(clock.now()))
                .orElseThrow(() -> new IllegalArgumentException(
                        "This authorization is unknown or too old. Start again from the Official Account page."));
        var account = existing(oa);
        var secrets = apps.secrets(account.appId())
                .orElseThrow(() -> new IllegalArgumentException("The OA's Zalo App has no secrets registered."));
        var answer = oauth.exchangeCode(account.appId(), secrets.appSecret(), code, pending.codeVerifier());
        return switch (answer) {
            case GrantAnswer.Granted granted -> {
                tokens.underLock(
                        oa,
                        current -> new TokenDecision.Replace(OaTokens.issued(
                                granted.accessToken(),
                                granted.refreshToken(),
                                granted.expiresIn(),
                                clock.now(),
                                current.map(t -> t.version() + 1).orElse(1))));
                yield account.connected();
            }
            case GrantAnswer.Refused refused ->
                throw new IllegalArgumentException("Zalo refused the authorization: " + refused.reason());
            case GrantAnswer.Unreachable unreachable ->
                throw new IllegalArgumentException(
                        "Zalo could not be reached: " + unreachable.reason() + ". Try again.");
        };
    }

    private OfficialAccount existing(OaId oa) {
        return accounts.find(oa)
                .orElseThrow(() -> new NotFound("OA_NOT_FOUND", "There is no Official Account " + oa.value() + "."));
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
