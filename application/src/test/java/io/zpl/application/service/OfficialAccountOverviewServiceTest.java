package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.fakes.InMemoryLinkAudits;
import io.zpl.application.fakes.InMemoryOfficialAccounts;
import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.fakes.InMemoryZaloApps;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListOfficialAccounts.OaName;
import io.zpl.application.port.in.ListOfficialAccounts.OfficialAccountOverview;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialAccountOverviewServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    private static final OaId SALES = new OaId("2000000000000000002");
    private static final OaId SUPPORT = new OaId("2000000000000000001");
    private static final Actor AGENT = new Actor("agent", Set.of(Role.AGENT));

    private final InMemoryOfficialAccounts accounts = new InMemoryOfficialAccounts();
    private final InMemoryZaloApps apps = new InMemoryZaloApps();
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final OfficialAccountOverviewService service = new OfficialAccountOverviewService(
            accounts, apps, new InMemoryLinkAudits(links, partners), () -> NOW, AuditPolicy.defaults());

    @Test
    void every_oa_is_listed_by_name_with_its_own_counts_and_readiness() {
        apps.save(
                new ZaloApp(APP_B, "App B", true, SignatureVariant.APP_ID_BODY_TIMESTAMP_OA_SECRET),
                new ZaloAppSecrets("secret", "oa-secret"));
        accounts.save(OfficialAccount.draft(SALES, APP_B, "Sales OA").connected());
        accounts.save(OfficialAccount.draft(SUPPORT, APP_B, "Support OA").connected());
        var shadow = partners.create(
                PartnerStatus.SHADOW, new PartnerDetails("Son Nguyen", List.of(), null, null), "Zalo: Sales OA");
        links.create(new NewLink(
                SALES,
                new ZaloUserId("3000000000000000002"),
                APP_B,
                null,
                shadow.id(),
                ZaloProfile.unknown().withDisplayName("Son Nguyen"),
                new MessageStats(3, NOW, NOW),
                SyncState.never()));

        assertThat(service.list(AGENT))
                .containsExactly(
                        new OfficialAccountOverview(
                                SALES, "Sales OA", APP_B, "App B", OaStatus.CONNECTED, 1, 1, 0, 1, false),
                        new OfficialAccountOverview(
                                SUPPORT, "Support OA", APP_B, "App B", OaStatus.CONNECTED, 0, 0, 0, 0, true));
    }

    @Test
    void names_list_every_oa_by_name_for_filters_and_labels() {
        accounts.save(OfficialAccount.draft(SUPPORT, APP_B, "Support OA"));
        accounts.save(OfficialAccount.draft(SALES, APP_B, "Sales OA").connected());

        assertThat(service.names(AGENT))
                .containsExactly(new OaName(SALES, "Sales OA"), new OaName(SUPPORT, "Support OA"));
    }
}
