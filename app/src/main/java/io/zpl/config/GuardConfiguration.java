package io.zpl.config;

import io.zpl.adapters.persistence.JdbiPartnerSurvivors;
import io.zpl.adapters.persistence.JdbiRecipients;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.in.ResolveRecipient;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.in.SendTestMessage;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.application.port.out.Recipients;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.application.port.out.ZaloMessaging;
import io.zpl.application.service.AuditPolicy;
import io.zpl.application.service.BusinessRecordImportService;
import io.zpl.application.service.OaAccessTokens;
import io.zpl.application.service.PartnerBusinessService;
import io.zpl.application.service.RecipientResolutionService;
import io.zpl.application.service.TestMessageService;
import io.zpl.domain.guard.GuardPolicy;
import io.zpl.domain.guard.SendGuard;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The send guard, business records and the guarded test send: the promise that business content never reaches the
 * wrong record.
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    @Bean
    SendGuard sendGuard(ZplProperties properties) {
        return new SendGuard(new GuardPolicy(properties.staleAfter(), GuardPolicy.ZALO_INTERACTION_WINDOW));
    }

    @Bean
    Recipients recipients(Jdbi jdbi) {
        return new JdbiRecipients(jdbi);
    }

    /** The ERP asks before every send: the OA's status it answers from may be up to a second old. */
    @Bean
    ResolveRecipient resolveRecipient(OfficialAccounts accounts, Recipients recipients, SendGuard guard, Clock clock) {
        var recentAccounts = new RecentOfficialAccounts(accounts, Duration.ofSeconds(1), java.time.Clock.systemUTC());
        return new RecipientResolutionService(recentAccounts, recipients, guard, clock);
    }

    @Bean
    PartnerSurvivors partnerSurvivors(Jdbi jdbi) {
        return new JdbiPartnerSurvivors(jdbi);
    }

    @Bean
    ImportBusinessRecords importBusinessRecords(PartnerSurvivors survivors, BusinessRecords records, Clock clock) {
        return new BusinessRecordImportService(survivors, records, clock);
    }

    @Bean
    ReviewPartnerBusiness reviewPartnerBusiness(
            OfficialAccounts accounts,
            Recipients recipients,
            BusinessRecords records,
            SendGuard guard,
            PartnerLinks links,
            LinkAudits audits,
            ZaloMessages messages,
            AuditPolicy policy,
            Clock clock) {
        return new PartnerBusinessService(accounts, recipients, records, guard, links, audits, messages, policy, clock);
    }

    @Bean
    SendTestMessage sendTestMessage(
            ResolveRecipient guard,
            OfficialAccounts accounts,
            PartnerLinks links,
            OaAccessTokens tokens,
            ZaloMessaging zalo,
            ZaloMessages messages,
            Clock clock) {
        return new TestMessageService(guard, accounts, links, tokens, zalo, messages, clock);
    }
}
