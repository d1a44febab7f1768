package io.zpl.config;

import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.UserAccounts;
import io.zpl.application.port.out.UserAccounts.UserAccount;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** First start: the demo story and demo users in demo mode, otherwise the first admin from ZPL_ADMIN_PASSWORD. */
@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StartupConfiguration.class);

    @Bean
    ApplicationRunner firstStart(
            ZplProperties properties,
            UserAccounts users,
            PasswordEncoder encoder,
            ZaloApps apps,
            OfficialAccounts accounts,
            Partners partners,
            PartnerLinks links,
            BusinessRecords records) {
        return args -> {
            if (properties.demoMode()) {
                createIfMissing(users, encoder, "admin", "admin", Set.of(Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT));
                createIfMissing(users, encoder, "lead", "lead", Set.of(Role.CS_LEAD, Role.AGENT));
                createIfMissing(users, encoder, "agent", "agent", Set.of(Role.AGENT));
                var demo = new DemoData(apps, accounts, partners, links, records);
                if (!demo.isLoaded()) {
                    log.info("Loading the demo data (Mr. Sơn on the Support and Sales OAs, and generated customers)…");
                    demo.load();
                }
            } else if (properties.adminPassword() != null
                    && !properties.adminPassword().isBlank()) {
                createIfMissing(
                        users,
                        encoder,
                        "admin",
                        properties.adminPassword(),
                        Set.of(Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT));
            } else if (!users.any()) {
                log.warn("No users yet and ZPL_ADMIN_PASSWORD is not set: nobody can sign in. Set it and restart.");
            }
        };
    }

    @Bean
    ApplicationListener<WebServerInitializedEvent> announce(ZplProperties properties) {
        return event -> {
            int port = event.getWebServer().getPort();
            log.info(
                    "Zalo Partner Links is up: UI http://localhost:{}/ · API http://localhost:{}/swagger-ui.html",
                    port,
                    port);
            if (properties.demoMode()) {
                log.info(
                        "Demo mode: sign in as admin/admin (Zalo Admin + CS Lead), lead/lead (CS Lead) or agent/agent (Agent).");
            }
        };
    }

    private static void createIfMissing(
            UserAccounts users, PasswordEncoder encoder, String name, String password, Set<Role> roles) {
        if (users.find(name).isEmpty()) {
            users.save(new UserAccount(name, encoder.encode(password), roles, true));
        }
    }
}
