package io.zpl.config;

import io.zpl.application.port.out.OfficialAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /actuator/health} reports besides the database (statuses and who sees details: application.properties). */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    OfficialAccountsHealth officialAccountsHealthIndicator(OfficialAccounts accounts) {
        return new OfficialAccountsHealth(accounts);
    }
}
