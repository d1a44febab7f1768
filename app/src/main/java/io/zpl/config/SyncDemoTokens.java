package io.zpl.config;

import io.zpl.adapters.zalo.sandbox.SandboxSettings;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.port.out.ZaloTokens.TokenDecision;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.zalo.OaId;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Demo mode: the demo OAs start connected to the sandbox with the token pairs the sandbox accepts from the start, so
 * Sync Profile works before anyone clicks through OAuth. The sandbox lives in this process, so a pair stored before a
 * restart is dead: it is replaced at every start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(SandboxDefault.PROPERTY)
class SyncDemoTokens {

    /** After the demo data exists (it is loaded by a runner, and the application is ready only after all runners). */
    @Bean
    ApplicationListener<ApplicationReadyEvent> demoTokenPairs(
            Environment environment, OfficialAccounts accounts, ZaloTokens tokens) {
        return event -> Binder.get(environment)
                .bind("zpl.sandbox", SandboxSettings.class)
                .ifBound(settings -> settings.apps().stream()
                        .flatMap(app -> app.oas().stream())
                        .filter(SandboxSettings.Oa::connectedFromTheStart)
                        .forEach(oa -> {
                            var id = new OaId(oa.oaId());
                            if (accounts.find(id).isPresent() && tokens.find(id).isEmpty()) {
                                tokens.underLock(
                                        id,
                                        current -> current.isPresent()
                                                ? new TokenDecision.Keep(current)
                                                : new TokenDecision.Replace(OaTokens.issued(
                                                        oa.initialAccessToken(),
                                                        oa.initialRefreshToken(),
                                                        Duration.ofHours(25),
                                                        Instant.now(),
                                                        1)));
                            }
                        }));
    }
}
