package io.zpl.config;

import io.zpl.adapters.persistence.JdbiLinkAudits;
import io.zpl.adapters.persistence.JdbiPartnerDirectory;
import io.zpl.application.port.in.FindPartners;
import io.zpl.application.port.in.ViewPartnerLink;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerDirectory;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.OaAuditService;
import io.zpl.application.service.PartnerLinkViewService;
import io.zpl.application.service.PartnerQueryService;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit of an OA's Zalo Partners (read model, audit, readiness, link form) and the partners read side. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    LinkAudits linkAudits(Jdbi jdbi) {
        return new JdbiLinkAudits(jdbi);
    }

    /** Serves both {@code AuditOfficialAccount} and {@code CheckOaReadiness}. */
    @Bean
    OaAuditService oaAudit(OfficialAccounts accounts, LinkAudits audits, Clock clock, AuditPolicy policy) {
        return new OaAuditService(accounts, audits, clock, policy);
    }

    @Bean
    PartnerDirectory partnerDirectory(Jdbi jdbi) {
        return new JdbiPartnerDirectory(jdbi);
    }

    @Bean
    FindPartners findPartners(PartnerDirectory directory) {
        return new PartnerQueryService(directory);
    }

    @Bean
    ViewPartnerLink viewPartnerLink(OfficialAccounts accounts, LinkAudits audits, Clock clock, AuditPolicy policy) {
        return new PartnerLinkViewService(accounts, audits, clock, policy);
    }
}
