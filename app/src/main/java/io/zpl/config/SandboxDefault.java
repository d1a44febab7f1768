package io.zpl.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Zalo sandbox is on in demo mode and off otherwise, unless {@code ZPL_SANDBOX_ENABLED} says so explicitly. Demo mode is
 * {@code ZPL_DEMO}, or by default "no external database" (see {@link ZplProperties#demoMode()}).
 */
public final class SandboxDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "zpl.sandbox.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String explicit = environment.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return;
        }
        String demo = environment.getProperty("zpl.demo");
        String dbUrl = environment.getProperty("zpl.db.url", "");
        boolean demoMode = demo != null && !demo.isBlank() ? Boolean.parseBoolean(demo) : dbUrl.isBlank();
        environment
                .getPropertySources()
                .addLast(new MapPropertySource("zplSandboxDefault", Map.of(PROPERTY, Boolean.toString(demoMode))));
    }
}
