package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.fakes.InMemoryLinkAudits;
import io.zpl.application.fakes.InMemoryOfficialAccounts;
import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.AuditedLink;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.out.NewLink;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.ReadinessCheck;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OaAuditServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    private static final OaId SALES = new OaId("2000000000000000002");
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT));

    private final InMemoryOfficialAccounts accounts = new InMemoryOfficialAccounts();
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final InMemoryLinkAudits audits = new InMemoryLinkAudits(links, partners);
    private final OaAuditService service = new OaAuditService(accounts, audits, () -> NOW, AuditPolicy.defaults());
    private final PartnerLinkViewService view =
            new PartnerLinkViewService(accounts, audits, () -> NOW, AuditPolicy.defaults());
    private ZaloPartnerLink sonOnSales;

    @BeforeEach
    void salesOaWithMrSonAsAShadow() {
        accounts.save(OfficialAccount.draft(SALES, APP_B, "Sales OA").connected());
        var shadow = partners.create(
                PartnerStatus.SHADOW, new PartnerDetails("Son Nguyen", List.of(), null, null), "Zalo: Sales OA");
        sonOnSales = link("3000000000000000002", shadow.id(), new MessageStats(3, NOW, NOW), SyncState.never());
    }

    private ZaloPartnerLink link(String user, io.zpl.domain.partner.PartnerId partner, MessageStats m, SyncState s) {
        return links.create(new NewLink(
                SALES,
                new ZaloUserId(user),
                APP_B,
                null,
                partner,
                ZaloProfile.unknown().withDisplayName("Son Nguyen"),
                m,
                s));
    }

    @Test
    void mr_son_on_the_sales_oa_is_a_shadow_with_the_risk_and_the_action_of_the_decision_table() {
        var page = service.page(ADMIN, AuditQuery.firstPage(SALES));

        AuditedLink row = page.items().getFirst();
        assertThat(row.partner().isShadow()).isTrue();
        assertThat(row.orderedFindings()).containsExactly(Finding.SHADOW_UNVERIFIED, Finding.STALE_PROFILE);
        assertThat(Finding.SHADOW_UNVERIFIED.risk()).contains("Business content", "verified");
        assertThat(Finding.SHADOW_UNVERIFIED.action()).contains("verify");
        assertThat(page.next()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"CS_LEAD", "AGENT"})
    void only_zalo_admins_may_audit_see_readiness_or_open_a_link(Role role) {
        var actor = new Actor("someone", Set.of(role));
        assertThatThrownBy(() -> service.page(actor, AuditQuery.firstPage(SALES)))
                .isInstanceOf(PermissionDenied.class)
                .hasMessageContaining("Missing Zalo Admin permission")
                .extracting(e -> ((PermissionDenied) e).code())
                .isEqualTo("MISSING_ZALO_ADMIN_PERMISSION");
        assertThatThrownBy(() -> service.countFindings(actor, SALES)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.exportCsv(actor, AuditQuery.firstPage(SALES), new StringBuilder()))
                .isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.check(actor, SALES)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> view.view(actor, sonOnSales.id())).isInstanceOf(PermissionDenied.class);
    }

    @Test
    void readiness_fails_on_stale_profiles_and_open_duplicates_and_passes_once_they_are_resolved() {
        var readiness = service.check(ADMIN, SALES);
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.checks())
                .filteredOn(c -> c.code() == ReadinessCheck.Code.PROFILES_CURRENT)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.passed()).isFalse();
                    assertThat(c.count()).isEqualTo(1);
                });

        links.save(withSync(sonOnSales, new SyncState(NOW, NOW, SyncOutcome.OK, null, null)));
        assertThat(service.check(ADMIN, SALES).ready()).isTrue();

        audits.openDuplicateGroup(sonOnSales.partnerId());
        var duplicated = service.check(ADMIN, SALES);
        assertThat(duplicated.ready()).isFalse();
        assertThat(duplicated.checks().get(1).passed()).isFalse();
        assertThat(duplicated.checks().get(1).count()).isEqualTo(1);
    }

    @Test
    void an_oa_that_is_not_connected_is_not_ready() {
        accounts.save(OfficialAccount.draft(SALES, APP_B, "Sales OA").failed(OaStatus.EXPIRED, "token expired"));
        assertThat(service.check(ADMIN, SALES).checks().getFirst().passed()).isFalse();
    }

    @Test
    void pages_follow_their_cursor_to_the_end() {
        var p = partners.create(PartnerStatus.VERIFIED, new PartnerDetails("Khách", List.of(), null, null), "ERP");
        for (int i = 0; i < 9; i++) {
            link("40000000" + i, p.id(), new MessageStats(1, NOW, NOW.minusSeconds(i)), SyncState.never());
        }
        List<LinkId> seen = new ArrayList<>();
        String after = null;
        do {
            var page = service.page(ADMIN, new AuditQuery(SALES, Set.of(), null, AuditSort.LAST_MESSAGE, after, 4));
            page.items().forEach(row -> seen.add(row.link().id()));
            after = page.next();
        } while (after != null);
        assertThat(seen).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void counts_say_how_many_links_carry_each_finding() {
        var counts = service.countFindings(ADMIN, SALES);
        assertThat(counts.links()).isEqualTo(1);
        assertThat(counts.of(Finding.SHADOW_UNVERIFIED)).isEqualTo(1);
        assertThat(counts.of(Finding.SUSPECTED_DUPLICATE)).isZero();
    }

    @Test
    void unknown_oas_links_and_foreign_cursors_are_refused_plainly() {
        assertThatThrownBy(() -> service.page(ADMIN, AuditQuery.firstPage(new OaId("2999"))))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> view.view(ADMIN, new LinkId(424242))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.page(
                        ADMIN, new AuditQuery(SALES, Set.of(), null, AuditSort.LAST_MESSAGE, "not-a-cursor", 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> new AuditQuery(SALES, Set.of(), null, AuditSort.NAME, null, 201))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("200");
    }

    @Test
    void the_link_form_shows_the_latest_twenty_messages() {
        for (int i = 0; i < 22; i++) {
            audits.addMessage(
                    sonOnSales.id(),
                    new LinkMessage(NOW.minus(Duration.ofMinutes(30 - i)), "IN", "user_send_text", "m" + i));
        }
        var details = view.view(ADMIN, sonOnSales.id());
        assertThat(details.oaName()).isEqualTo("Sales OA");
        assertThat(details.latestMessages()).hasSize(20);
        assertThat(details.latestMessages().getFirst().text()).isEqualTo("m21");
        assertThat(details.audited().findings()).contains(Finding.SHADOW_UNVERIFIED);
    }

    @Test
    void the_csv_export_keeps_vietnamese_text_behind_a_byte_order_mark_and_quotes_what_needs_it() {
        var p = partners.create(
                PartnerStatus.VERIFIED, new PartnerDetails("Nguyễn Văn Sơn, \"Anh\"", List.of(), null, null), "ERP");
        links.create(new NewLink(
                SALES,
                new ZaloUserId("3000000000000000009"),
                APP_B,
                null,
                p.id(),
                ZaloProfile.unknown().withDisplayName("=Sơn 🌸"),
                new MessageStats(1, NOW, NOW),
                SyncState.never()));
        var csv = new StringBuilder();

        service.exportCsv(ADMIN, AuditQuery.firstPage(SALES), csv);

        assertThat(csv.toString()).startsWith("\uFEFFlink_id,oa_id,");
        assertThat(csv.toString().split("\r\n")).hasSize(3);
        assertThat(csv).contains("\"Nguyễn Văn Sơn, \"\"Anh\"\"\"", "'=Sơn 🌸", "SHADOW_UNVERIFIED;STALE_PROFILE");
    }

    private static ZaloPartnerLink withSync(ZaloPartnerLink l, SyncState sync) {
        return new ZaloPartnerLink(
                l.id(),
                l.oaId(),
                l.zaloUserId(),
                l.appId(),
                l.userIdByApp(),
                l.partnerId(),
                l.profile(),
                l.messages(),
                sync);
    }
}
