package io.zpl.config;

import io.zpl.adapters.persistence.JdbiBusinessRecords;
import io.zpl.adapters.persistence.JdbiOfficialAccounts;
import io.zpl.adapters.persistence.JdbiPartnerLinks;
import io.zpl.adapters.persistence.JdbiPartners;
import io.zpl.adapters.persistence.JdbiUserAccounts;
import io.zpl.adapters.persistence.JdbiZaloApps;
import io.zpl.adapters.persistence.SecretCipher;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.UserAccounts;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.OfficialAccountOverviewService;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hexagon assembled: one bean per secondary adapter and per use case; the core itself knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ZplProperties.class)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Instant::now;
    }

    @Bean
    AuditPolicy auditPolicy(ZplProperties properties) {
        return new AuditPolicy(properties.staleAfter());
    }

    @Bean
    ZaloApps zaloApps(Jdbi jdbi, SecretCipher cipher) {
        return new JdbiZaloApps(jdbi, cipher);
    }

    @Bean
    OfficialAccounts officialAccounts(Jdbi jdbi) {
        return new JdbiOfficialAccounts(jdbi);
    }

    @Bean
    Partners partners(Jdbi jdbi) {
        return new JdbiPartners(jdbi);
    }

    @Bean
    PartnerLinks partnerLinks(Jdbi jdbi) {
        return new JdbiPartnerLinks(jdbi);
    }

    @Bean
    UserAccounts userAccounts(Jdbi jdbi) {
        return new JdbiUserAccounts(jdbi);
    }

    @Bean
    BusinessRecords businessRecords(Jdbi jdbi) {
        return new JdbiBusinessRecords(jdbi);
    }

    @Bean
    ListOfficialAccounts listOfficialAccounts(
            OfficialAccounts accounts, ZaloApps apps, LinkAudits audits, Clock clock, AuditPolicy policy) {
        return new OfficialAccountOverviewService(accounts, apps, audits, clock, policy);
    }
}
