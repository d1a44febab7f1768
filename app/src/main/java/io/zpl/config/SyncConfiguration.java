package io.zpl.config;

import io.zpl.adapters.persistence.JdbiLinkSyncs;
import io.zpl.adapters.persistence.JdbiSyncJobs;
import io.zpl.adapters.persistence.JdbiZaloTokens;
import io.zpl.adapters.persistence.SecretCipher;
import io.zpl.adapters.zalo.client.ZaloClientSettings;
import io.zpl.adapters.zalo.client.ZaloOAuthClient;
import io.zpl.adapters.zalo.client.ZaloOpenApiClient;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.GrantAnswer;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.SyncJobs;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloMessaging;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.application.port.out.ZaloProfiles;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.OaAccessTokens;
import io.zpl.application.service.ProfileSyncer;
import io.zpl.application.service.SyncJobService;
import io.zpl.application.service.SyncProfileService;
import io.zpl.domain.zalo.ZaloAppId;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Sync Profile assembled: the Zalo client, token refresh under a lock, one-link and bulk sync, the job workers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class SyncConfiguration {

    @Bean
    ZaloEndpoints zaloEndpoints(SyncProperties properties, ZplProperties zpl, Environment environment) {
        return new ZaloEndpoints(properties.zalo(), zpl.demoMode(), environment);
    }

    /**
     * Built on first use: in demo mode the sandbox's URL needs the port the server actually listens on. One client
     * serves profiles and sends, so both share the App's rate budget and the OA's circuit.
     */
    @Bean
    Supplier<ZaloOpenApiClient> zaloOpenApiClient(ZaloEndpoints endpoints, SyncProperties properties) {
        return Memo.of(
                () -> new ZaloOpenApiClient(settings(endpoints, properties.zalo()), java.time.Clock.systemUTC()));
    }

    @Bean
    ZaloProfiles zaloProfiles(Supplier<ZaloOpenApiClient> client) {
        return (call, user) -> client.get().fetch(call, user);
    }

    @Bean
    ZaloMessaging zaloMessaging(Supplier<ZaloOpenApiClient> client) {
        return (call, user, text) -> client.get().sendText(call, user, text);
    }

    @Bean
    ZaloOAuth zaloOAuth(ZaloEndpoints endpoints, SyncProperties properties) {
        Supplier<ZaloOAuthClient> client = Memo.of(() -> new ZaloOAuthClient(settings(endpoints, properties.zalo())));
        return new ZaloOAuth() {
            @Override
            public URI authorizeUrl(ZaloAppId app, URI redirectUri, String codeChallenge, String state) {
                return client.get().authorizeUrl(app, redirectUri, codeChallenge, state);
            }

            @Override
            public GrantAnswer exchangeCode(ZaloAppId app, String appSecret, String code, String codeVerifier) {
                return client.get().exchangeCode(app, appSecret, code, codeVerifier);
            }

            @Override
            public GrantAnswer refresh(ZaloAppId app, String appSecret, String refreshToken) {
                return client.get().refresh(app, appSecret, refreshToken);
            }
        };
    }

    @Bean
    ZaloTokens zaloTokens(Jdbi jdbi, SecretCipher cipher) {
        return new JdbiZaloTokens(jdbi, cipher);
    }

    @Bean
    LinkSyncs linkSyncs(Jdbi jdbi) {
        return new JdbiLinkSyncs(jdbi);
    }

    @Bean
    SyncJobs syncJobs(Jdbi jdbi) {
        return new JdbiSyncJobs(jdbi);
    }

    @Bean
    OaAccessTokens oaAccessTokens(
            ZaloTokens tokens,
            ZaloOAuth oauth,
            ZaloApps apps,
            OfficialAccounts accounts,
            Clock clock,
            SyncProperties properties) {
        return new OaAccessTokens(
                tokens, oauth, apps, accounts, clock, properties.zalo().refreshAhead());
    }

    @Bean
    ProfileSyncer profileSyncer(
            OaAccessTokens tokens, ZaloProfiles profiles, LinkSyncs syncs, OfficialAccounts accounts, Clock clock) {
        return new ProfileSyncer(tokens, profiles, syncs, accounts, clock);
    }

    @Bean
    SyncProfileService syncProfileService(
            PartnerLinks links, OfficialAccounts accounts, LinkSyncs syncs, ProfileSyncer syncer) {
        return new SyncProfileService(links, accounts, syncs, syncer);
    }

    @Bean(destroyMethod = "close")
    ExecutorService syncExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Bean
    SyncJobService syncJobService(
            SyncJobs jobs,
            PartnerLinks links,
            OfficialAccounts accounts,
            ProfileSyncer syncer,
            LinkSyncs syncs,
            AuditPolicy policy,
            Clock clock,
            ExecutorService syncExecutor,
            SyncProperties properties) {
        var sync = properties.sync();
        return new SyncJobService(
                jobs,
                links,
                accounts,
                syncer,
                syncs,
                policy,
                clock,
                syncExecutor,
                new SyncJobService.Settings(sync.batchSize(), sync.parallelism(), sync.writeBatch(), sync.lease()));
    }

    @Bean(destroyMethod = "close")
    SyncJobWorkers syncJobWorkers(SyncJobService service, SyncProperties properties) {
        return new SyncJobWorkers(
                service, properties.sync().workers(), properties.sync().pollInterval());
    }

    private static ZaloClientSettings settings(ZaloEndpoints endpoints, SyncProperties.Zalo zalo) {
        return new ZaloClientSettings(
                endpoints.openApi(),
                endpoints.oauth(),
                zalo.connectTimeout(),
                zalo.requestTimeout(),
                zalo.ratePerMinute(),
                zalo.rateWait(),
                zalo.maxAttempts(),
                zalo.firstBackoff(),
                zalo.maxBackoff(),
                zalo.circuitMinimumCalls(),
                zalo.circuitFailureRate(),
                zalo.circuitOpenFor());
    }
}
