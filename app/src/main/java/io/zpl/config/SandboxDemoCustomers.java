package io.zpl.config;

import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkAudits.LinkFilter;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.link.ZaloPartnerLink;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Demo mode: the sandbox plays Zalo for the demo's customers too, so (bulk) Sync Profile finds every demo link's person
 * as the link shows them. The sandbox lives in memory, so this runs at every start, once the demo data exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(SandboxDefault.PROPERTY)
class SandboxDemoCustomers {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxDemoCustomers.class);

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoCustomersInSandbox(
            ZaloSandbox sandbox, OfficialAccounts accounts, LinkAudits links) {
        return event -> {
            var known = new AtomicInteger();
            for (var oa : accounts.all()) {
                links.forEach(new LinkFilter(oa.id(), Set.of(), null, Instant.EPOCH), AuditSort.LAST_MESSAGE, row -> {
                    if (know(sandbox, row.link())) {
                        known.incrementAndGet();
                    }
                });
            }
            LOG.info("The Zalo sandbox now knows {} more demo customers", known.get());
        };
    }

    private static boolean know(ZaloSandbox sandbox, ZaloPartnerLink link) {
        var profile = link.profile();
        return sandbox.know(
                link.oaId().value(),
                link.zaloUserId().value(),
                link.userIdByApp() == null ? null : link.userIdByApp().value(),
                profile.displayName(),
                profile.avatarUrl(),
                !Boolean.FALSE.equals(profile.follower()),
                profile.lastInteractionAt());
    }
}
