package io.zpl.config;

import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.port.out.ZaloOAuth;
import io.zpl.application.port.out.ZaloTokens;
import io.zpl.application.service.OaConnectionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Configure Zalo OA: Apps, OAs and their OAuth v4 connection; Zalo sends the browser back to our callback. */
@Configuration(proxyBeanMethods = false)
class OaConnectionConfiguration {

    @Bean
    OaConnectionService oaConnectionService(
            ZaloApps apps,
            OfficialAccounts accounts,
            ZaloTokens tokens,
            ZaloOAuth oauth,
            ZaloEndpoints endpoints,
            Clock clock) {
        return new OaConnectionService(apps, accounts, tokens, oauth, endpoints::callback, clock);
    }
}
