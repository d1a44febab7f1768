package io.zpl.config;

import java.net.URI;
import org.springframework.core.env.Environment;

/**
 * Zalo's hosts and our OAuth callback. Configured URLs win; otherwise demo mode points at this server's sandbox
 * ({@code /sandbox/zalo/openapi}, {@code /sandbox/zalo/oauth}) and production at {@code https://openapi.zalo.me} and
 * {@code https://oauth.zaloapp.com}. Resolved when first asked, once the server knows its port.
 */
final class ZaloEndpoints {

    private final SyncProperties.Zalo zalo;
    private final boolean demo;
    private final Environment environment;

    ZaloEndpoints(SyncProperties.Zalo zalo, boolean demo, Environment environment) {
        this.zalo = zalo;
        this.demo = demo;
        this.environment = environment;
    }

    URI openApi() {
        if (zalo.openapiUrl() != null) {
            return zalo.openapiUrl();
        }
        return demo ? local("/sandbox/zalo/openapi") : URI.create("https://openapi.zalo.me");
    }

    URI oauth() {
        if (zalo.oauthUrl() != null) {
            return zalo.oauthUrl();
        }
        return demo ? local("/sandbox/zalo/oauth") : URI.create("https://oauth.zaloapp.com");
    }

    /** Where Zalo sends the admin's browser back after the permission page. */
    URI callback() {
        return zalo.callbackUrl() != null ? zalo.callbackUrl() : local("/zalo/oauth/callback");
    }

    private URI local(String path) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://localhost:" + port + path);
    }
}
