package io.zpl.adapters.zalo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.LinkSyncs.SyncWrite;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.service.OaAccessTokens;
import io.zpl.application.service.ProfileSyncer;
import io.zpl.application.service.SyncProfileService;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SyncProfile use case with the real client over HTTP against the fake Zalo, ports in memory. */
class SyncProfileOverHttpTest {

    static final ZaloAppId APP = new ZaloAppId("1000000000000000001");
    static final OaId OA = new OaId("2000000000000000001");
    static final ZaloUserId SON = new ZaloUserId("3000000000000000001");
    static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));

    FakeZalo zalo;
    InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    MemoryOas accounts = new MemoryOas();
    MemoryTokens tokens = new MemoryTokens();
    MemorySyncs syncs = new MemorySyncs();
    SyncProfileService service;
    LinkId son;

    @BeforeEach
    void setUp() throws Exception {
        zalo = new FakeZalo();
        zalo.user(SON.value(), "Nguyễn Văn Sơn (new)");
        accounts.save(OfficialAccount.draft(OA, APP, "Support OA").connected());
        String access = zalo.issuePair();
        zalo.refreshTokens.put("rt-0", "ok");
        tokens.pair = new OaTokens(access, Instant.now().plus(Duration.ofHours(20)), "rt-0", null, 1);
        var client = new ZaloOpenApiClient(ZaloOpenApiClientTest.settings(zalo, 60_000, 3, 50), Clock.systemUTC());
        var oauth = new ZaloOAuthClient(ZaloOpenApiClientTest.settings(zalo, 60_000, 3, 50));
        var access2 = new OaAccessTokens(tokens, oauth, new OneApp(), accounts, Instant::now, Duration.ofHours(1));
        service = new SyncProfileService(
                links, accounts, syncs, new ProfileSyncer(access2, client, syncs, accounts, Instant::now));
        son = links.create(new NewLink(
                        OA,
                        SON,
                        APP,
                        null,
                        new PartnerId(1),
                        ZaloProfile.unknown().withDisplayName("Sơn (old)"),
                        MessageStats.none(),
                        SyncState.never()))
                .id();
    }

    @AfterEach
    void stop() {
        zalo.close();
    }

    @Test
    void a_sync_updates_the_profile_and_keeps_the_old_name_in_history() {
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(result.link().profile().displayName()).isEqualTo("Nguyễn Văn Sơn (new)");
        assertThat(result.link().profile().follower()).isTrue();
        assertThat(result.link().sync().profileSyncedAt()).isNotNull();
        assertThat(service.history(ADMIN, son))
                .extracting(ProfileChange::displayName)
                .containsExactly("Sơn (old)");
    }

    @Test
    void not_a_follower_is_recorded_in_plain_words_and_the_link_is_marked_not_following() {
        zalo.override = user -> new String[] {"200", "{\"error\":-213,\"message\":\"User has not followed OA\"}"};
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.USER_ERROR);
        assertThat(result.zaloError().code()).isEqualTo(-213);
        assertThat(result.detail()).isEqualTo("This person no longer follows the Support OA (Zalo error -213).");
        assertThat(result.link().profile().follower()).isFalse();
        assertThat(result.link().sync().lastOutcome()).isEqualTo(SyncOutcome.USER_ERROR);
    }

    @Test
    void an_expired_token_is_refreshed_exactly_once_then_the_call_is_retried() {
        zalo.validTokens.clear();
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(zalo.refreshCalls.get()).isEqualTo(1);
        assertThat(tokens.pair.version()).isEqualTo(2);
        assertThat(service.sync(ADMIN, son).outcome()).isEqualTo(SyncOutcome.OK);
        assertThat(zalo.refreshCalls.get()).isEqualTo(1);
    }

    @Test
    void a_refused_refresh_expires_the_oa_with_the_reason() {
        zalo.validTokens.clear();
        zalo.refreshTokens.clear();
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.OA_ERROR);
        assertThat(result.detail()).contains("Zalo refused to refresh").contains("connect the OA again");
        var oa = accounts.find(OA).orElseThrow();
        assertThat(oa.status()).isEqualTo(OaStatus.EXPIRED);
        assertThat(oa.statusReason()).isEqualTo(result.detail());
    }

    @Test
    void a_malformed_answer_is_recorded_without_a_crash() {
        zalo.override = user -> new String[] {"200", "{\"data\":"};
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.TRANSIENT_GAVE_UP);
        assertThat(result.detail()).contains("could not be read");
        assertThat(links.find(son).orElseThrow().sync().lastOutcome()).isEqualTo(SyncOutcome.TRANSIENT_GAVE_UP);
    }

    @Test
    void an_oa_level_refusal_marks_the_oa_in_error() {
        zalo.override = user -> new String[] {"200", "{\"error\":-223,\"message\":\"not authorised\"}"};
        var result = service.sync(ADMIN, son);
        assertThat(result.outcome()).isEqualTo(SyncOutcome.OA_ERROR);
        assertThat(accounts.find(OA).orElseThrow().status()).isEqualTo(OaStatus.ERROR);
    }

    final class MemoryTokens implements ZaloTokens {
        volatile OaTokens pair;

        @Override
        public Optional<OaTokens> find(OaId oa) {
            return Optional.ofNullable(pair);
        }

        @Override
        public synchronized TokenDecision underLock(OaId oa, Function<Optional<OaTokens>, TokenDecision> decide) {
            var decision = decide.apply(Optional.ofNullable(pair));
            switch (decision) {
                case TokenDecision.Replace replace -> pair = replace.tokens();
                case TokenDecision.Expire expire ->
                    accounts.save(accounts.find(oa).orElseThrow().failed(OaStatus.EXPIRED, expire.reason()));
                case TokenDecision.Keep keep -> {}
            }
            return decision;
        }

        @Override
        public void startAuthorization(OaId oa, PendingAuthorization pending) {}

        @Override
        public Optional<PendingAuthorization> pendingAuthorization(String state) {
            return Optional.empty();
        }
    }

    final class MemorySyncs implements LinkSyncs {
        final List<ProfileChange> history = new ArrayList<>();

        @Override
        public synchronized void store(SyncWrite write) {
            links.save(write.link());
            write.replaced().ifPresent(change -> history.addFirst(change));
        }

        @Override
        public synchronized Set<LinkId> storeAll(List<SyncWrite> writes) {
            writes.forEach(this::store);
            return Set.of();
        }

        @Override
        public synchronized List<ProfileChange> history(LinkId link, int limit) {
            return List.copyOf(history);
        }
    }

    static final class MemoryOas implements OfficialAccounts {
        final Map<OaId, OfficialAccount> all = new ConcurrentHashMap<>();

        @Override
        public List<OfficialAccount> all() {
            return List.copyOf(all.values());
        }

        @Override
        public Optional<OfficialAccount> find(OaId id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public void save(OfficialAccount account) {
            all.put(account.id(), account);
        }
    }

    static final class OneApp implements ZaloApps {
        @Override
        public List<ZaloApp> all() {
            return List.of(new ZaloApp(APP, "App A", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET));
        }

        @Override
        public Optional<ZaloApp> find(ZaloAppId id) {
            return all().stream().filter(a -> a.id().equals(id)).findFirst();
        }

        @Override
        public void save(ZaloApp app, ZaloAppSecrets secrets) {}

        @Override
        public Optional<ZaloAppSecrets> secrets(ZaloAppId id) {
            return Optional.of(new ZaloAppSecrets("secret-a", "oa-secret-a"));
        }
    }
}
