package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.Recipients;
import io.zpl.domain.guard.ChainStep;
import io.zpl.domain.guard.LinkOnOa;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What every {@link Recipients} must gather for the send guard; run in memory and on MariaDB. */
public abstract class RecipientsContract {

    protected static final OaId SUPPORT_OA = new OaId("2000000000000000001");
    protected static final OaId SALES_OA = new OaId("2000000000000000002");
    protected static final ZaloAppId APP_A = new ZaloAppId("1000000000000000001");
    protected static final ZaloAppId APP_B = new ZaloAppId("1000000000000000002");
    private static final OaFacts SALES = new OaFacts(SALES_OA, "Sales OA", OaStatus.CONNECTED);
    private static final AtomicLong USERS = new AtomicLong(3_100_000_000_000_000_000L);

    protected abstract Partners partners();

    protected abstract PartnerLinks links();

    protected abstract Recipients recipients();

    /** Puts the partners into one duplicate group of this tier in this state ({@code OPEN}, {@code DISMISSED}…). */
    protected abstract void duplicateGroup(String tier, String state, PartnerId... members);

    private Partner partner(PartnerStatus status, String name) {
        return partners().create(status, new PartnerDetails(name, List.of(), null, null), "test");
    }

    private ZaloUserId link(Partner partner, OaId oa, ZaloProfile profile, SyncState sync) {
        var user = new ZaloUserId(String.valueOf(USERS.incrementAndGet()));
        links().create(new NewLink(
                oa, user, oa.equals(SALES_OA) ? APP_B : APP_A, null, partner.id(), profile, MessageStats.none(), sync));
        return user;
    }

    private void merge(Partner from, Partner into) {
        partners().save(partners().find(from.id()).orElseThrow().tombstoneInto(into.id()));
    }

    @Test
    void an_unknown_partner_has_no_facts() {
        assertThat(recipients().facts(new PartnerId(987_654_321), SALES)).isEmpty();
    }

    @Test
    void a_live_partner_comes_with_its_links_on_that_oa_only() {
        var son = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        Instant interacted = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        Instant synced = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
        var onSales = link(
                son,
                SALES_OA,
                new ZaloProfile("Sơn", null, null, false, interacted, null, null, null),
                new SyncState(synced, synced, SyncOutcome.OK, null, null));
        link(son, SUPPORT_OA, ZaloProfile.unknown(), SyncState.never());

        var facts = recipients().facts(son.id(), SALES).orElseThrow();

        assertThat(facts.chain())
                .containsExactly(new ChainStep(son.id(), PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", null));
        assertThat(facts.oa()).isEqualTo(SALES);
        assertThat(facts.inOpenDuplicateGroup()).isFalse();
        assertThat(facts.linksOnOa()).hasSize(1);
        LinkOnOa link = facts.linksOnOa().getFirst();
        assertThat(link.zaloUserId()).isEqualTo(onSales);
        assertThat(link.follower()).isFalse();
        assertThat(link.lastInteractionAt()).isEqualTo(interacted);
        assertThat(link.profileSyncedAt()).isEqualTo(synced);
    }

    @Test
    void unknown_follower_state_and_never_synced_profiles_stay_unknown() {
        var lan = partner(PartnerStatus.SHADOW, "Trần Thị Lan");
        link(lan, SALES_OA, ZaloProfile.unknown(), SyncState.never());

        var link = recipients().facts(lan.id(), SALES).orElseThrow().linksOnOa().getFirst();

        assertThat(link.follower()).isNull();
        assertThat(link.lastInteractionAt()).isNull();
        assertThat(link.profileSyncedAt()).isNull();
    }

    @Test
    void a_partner_without_a_link_on_the_oa_has_none_and_two_links_are_both_reported() {
        var none = partner(PartnerStatus.VERIFIED, "Lê Văn Nam");
        link(none, SUPPORT_OA, ZaloProfile.unknown(), SyncState.never());
        var two = partner(PartnerStatus.VERIFIED, "Phạm Thu Hà");
        var first = link(two, SALES_OA, ZaloProfile.unknown(), SyncState.never());
        var second = link(two, SALES_OA, ZaloProfile.unknown(), SyncState.never());

        assertThat(recipients().facts(none.id(), SALES).orElseThrow().linksOnOa())
                .isEmpty();
        assertThat(recipients().facts(two.id(), SALES).orElseThrow().linksOnOa())
                .extracting(LinkOnOa::zaloUserId)
                .containsExactly(first, second);
    }

    @Test
    void tombstones_are_followed_through_two_merges_to_the_survivor_and_its_links() {
        var survivor = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        var middle = partner(PartnerStatus.VERIFIED, "Nguyen Van Son");
        var oldest = partner(PartnerStatus.SHADOW, "Son Nguyen");
        var onSales = link(survivor, SALES_OA, ZaloProfile.unknown(), SyncState.never());
        merge(oldest, middle);
        merge(middle, survivor);

        var facts = recipients().facts(oldest.id(), SALES).orElseThrow();

        assertThat(facts.chain())
                .extracting(ChainStep::id, ChainStep::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(oldest.id(), PartnerStatus.MERGED),
                        org.assertj.core.groups.Tuple.tuple(middle.id(), PartnerStatus.MERGED),
                        org.assertj.core.groups.Tuple.tuple(survivor.id(), PartnerStatus.VERIFIED));
        assertThat(facts.survivor().name()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(facts.linksOnOa()).extracting(LinkOnOa::zaloUserId).containsExactly(onSales);
    }

    @Test
    void only_an_open_duplicate_group_beyond_a_name_only_match_counts() {
        var a = partner(PartnerStatus.VERIFIED, "Hoàng Minh");
        var b = partner(PartnerStatus.VERIFIED, "Hoang Minh");
        var c = partner(PartnerStatus.VERIFIED, "Võ Thị Mai");
        var d = partner(PartnerStatus.VERIFIED, "Vo Thi Mai");
        var e = partner(PartnerStatus.VERIFIED, "Nguyễn Thị Hương");
        var f = partner(PartnerStatus.VERIFIED, "Nguyen Thi Huong");
        duplicateGroup("STRONG", "OPEN", a.id(), b.id());
        duplicateGroup("STRONG", "DISMISSED", c.id(), d.id());
        duplicateGroup("POSSIBLE", "OPEN", e.id(), f.id());

        assertThat(recipients().facts(a.id(), SALES).orElseThrow().inOpenDuplicateGroup())
                .isTrue();
        assertThat(recipients().facts(c.id(), SALES).orElseThrow().inOpenDuplicateGroup())
                .isFalse();
        assertThat(recipients().facts(e.id(), SALES).orElseThrow().inOpenDuplicateGroup())
                .as("a name-only group is shown on request, it does not block")
                .isFalse();
    }
}
