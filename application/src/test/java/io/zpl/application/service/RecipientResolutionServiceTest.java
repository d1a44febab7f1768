package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.fakes.InMemoryRecipients;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.ResolveRecipient.Command;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.access.Role;
import io.zpl.domain.guard.Decision;
import io.zpl.domain.guard.GuardPolicy;
import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.ReasonCode;
import io.zpl.domain.guard.SendGuard;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecipientResolutionServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final OaId SALES_OA = new OaId("2000000000000000002");
    static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    static final ZaloUserId SON_ON_SALES = new ZaloUserId("3000000000000000002");
    static final Actor AGENT = new Actor("agent", Set.of(Role.AGENT));

    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final OfficialAccounts accounts =
            new OneOa(OfficialAccount.draft(SALES_OA, APP_B, "Sales OA").connected());
    private final RecipientResolutionService service = new RecipientResolutionService(
            accounts, new InMemoryRecipients(partners, links), new SendGuard(GuardPolicy.defaults()), () -> NOW);

    private PartnerId partnerWithFreshSalesLink(PartnerStatus status) {
        var partner = partners.create(status, new PartnerDetails("Nguyễn Văn Sơn", List.of(), null, null), "ERP");
        Instant recent = NOW.minus(Duration.ofHours(3));
        links.create(new NewLink(
                SALES_OA,
                SON_ON_SALES,
                APP_B,
                null,
                partner.id(),
                new ZaloProfile("Sơn", null, null, true, recent, null, null, null),
                MessageStats.none(),
                new SyncState(recent, recent, SyncOutcome.OK, null, null)));
        return partner.id();
    }

    @Test
    void an_agent_asks_and_hears_that_mr_sons_shadow_may_not_receive_business_content() {
        var shadow = partnerWithFreshSalesLink(PartnerStatus.SHADOW);

        var resolution = service.resolve(AGENT, new Command(shadow, SALES_OA, Purpose.BUSINESS));

        assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
        assertThat(resolution.reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.SHADOW_UNVERIFIED);
    }

    @Test
    void after_the_shadow_is_merged_its_old_id_reaches_the_survivor_on_the_sales_oa() {
        var shadow = partnerWithFreshSalesLink(PartnerStatus.SHADOW);
        var son = partners.create(PartnerStatus.VERIFIED, new PartnerDetails("Sơn", List.of(), null, null), "ERP");
        var link = links.find(SALES_OA, SON_ON_SALES).orElseThrow();
        links.save(link.repointTo(son.id()));
        partners.save(partners.find(shadow).orElseThrow().tombstoneInto(son.id()));

        var resolution = service.resolve(AGENT, new Command(shadow, SALES_OA, Purpose.BUSINESS));

        assertThat(resolution.decision()).isEqualTo(Decision.ALLOW);
        assertThat(resolution.partnerId()).isEqualTo(son.id());
        assertThat(resolution.zaloUserId()).isEqualTo(SON_ON_SALES);
    }

    @Test
    void an_unknown_partner_or_oa_is_not_found() {
        var son = partnerWithFreshSalesLink(PartnerStatus.VERIFIED);

        assertThatThrownBy(() -> service.resolve(AGENT, new Command(new PartnerId(999), SALES_OA, Purpose.BUSINESS)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
        assertThatThrownBy(() ->
                        service.resolve(AGENT, new Command(son, new OaId("2000000000000000099"), Purpose.BUSINESS)))
                .isInstanceOfSatisfying(
                        NotFound.class, e -> assertThat(e.code()).isEqualTo("OA_NOT_FOUND"));
    }

    @Test
    void a_user_without_any_role_may_not_ask() {
        var son = partnerWithFreshSalesLink(PartnerStatus.VERIFIED);

        assertThatThrownBy(() ->
                        service.resolve(new Actor("nobody", Set.of()), new Command(son, SALES_OA, Purpose.BUSINESS)))
                .isInstanceOf(PermissionDenied.class);
    }

    private record OneOa(OfficialAccount oa) implements OfficialAccounts {
        @Override
        public List<OfficialAccount> all() {
            return List.of(oa);
        }

        @Override
        public Optional<OfficialAccount> find(OaId id) {
            return oa.id().equals(id) ? Optional.of(oa) : Optional.empty();
        }

        @Override
        public void save(OfficialAccount account) {
            throw new UnsupportedOperationException("read only");
        }
    }
}
