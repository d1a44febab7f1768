package io.zpl.config;

import io.zpl.adapters.persistence.JdbiPartnerSurvivors;
import io.zpl.adapters.persistence.JdbiRecipients;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.in.ResolveRecipient;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.application.port.out.Recipients;
import io.zpl.application.service.BusinessRecordImportService;
import io.zpl.application.service.PartnerBusinessService;
import io.zpl.application.service.RecipientResolutionService;
import io.zpl.domain.guard.GuardPolicy;
import io.zpl.domain.guard.SendGuard;
import org.jdbi.v3.core.Jdbi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The send guard and business records: the promise that business content never reaches the wrong record. */
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

    @Bean
    ResolveRecipient resolveRecipient(OfficialAccounts accounts, Recipients recipients, SendGuard guard, Clock clock) {
        return new RecipientResolutionService(accounts, recipients, guard, clock);
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
            OfficialAccounts accounts, Recipients recipients, BusinessRecords records, SendGuard guard, Clock clock) {
        return new PartnerBusinessService(accounts, recipients, records, guard, clock);
    }
}
