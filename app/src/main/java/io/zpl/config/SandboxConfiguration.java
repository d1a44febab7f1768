package io.zpl.config;

import io.zpl.adapters.zalo.sandbox.SandboxSettings;
import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The fake Zalo of demo mode and tests, configured with the demo Apps' secrets ({@code zpl.sandbox.*}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(SandboxDefault.PROPERTY)
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    @Bean
    ZaloSandbox zaloSandbox(Environment environment) {
        var settings = Binder.get(environment)
                .bind("zpl.sandbox", SandboxSettings.class)
                .orElseThrow(() -> new IllegalStateException("zpl.sandbox.apps is not configured"));
        log.warn("The Zalo sandbox is ON (demo/test mode): a fake Zalo answers under /sandbox/zalo/ — "
                + "customer simulator at /sandbox/zalo/");
        return new ZaloSandbox(settings, Clock.systemUTC());
    }
}
