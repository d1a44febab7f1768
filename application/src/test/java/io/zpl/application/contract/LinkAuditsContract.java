package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkAudits.LinkFilter;
import io.zpl.application.port.out.LinkAudits.LinkRow;
import io.zpl.application.port.out.LinkCursor;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.Findings;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link LinkAudits} must do: the SQL filters agree with the domain's decision table, keyset paging. */
public abstract class LinkAuditsContract {

    private static final AtomicLong USER_IDS = new AtomicLong(7_000_000_000L);

    protected abstract LinkAudits audits();

    protected abstract PartnerLinks links();

    protected abstract Partners partners();

    /** A new, connected OA with no links, under {@link #app()}. */
    protected abstract OaId newOa();

    protected abstract ZaloAppId app();

    protected abstract void openDuplicateGroup(PartnerId... members);

    protected abstract void addMessage(LinkId link, LinkMessage message);

    protected final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    protected final Instant staleBefore = now.minus(Duration.ofDays(7));
    private OaId oa;

    @BeforeEach
    void oa() {
        oa = newOa();
    }

    protected PartnerId partner(PartnerStatus status, String name, String... phones) {
        return partners()
                .create(
                        status,
                        new PartnerDetails(
                                name,
                                List.of(phones).stream().map(PhoneNumber::parse).toList(),
                                null,
                                null),
                        "test")
                .id();
    }

    protected ZaloPartnerLink link(
            OaId on,
            PartnerId partner,
            @Nullable String name,
            @Nullable Instant lastMessage,
            @Nullable Instant synced,
            @Nullable SyncOutcome outcome) {
        return links().create(new NewLink(
                on,
                new ZaloUserId(Long.toString(USER_IDS.incrementAndGet())),
                app(),
                null,
                partner,
                new ZaloProfile(name, null, "alias " + name, true, lastMessage, null, null, null),
                lastMessage == null
                        ? MessageStats.none()
                        : new MessageStats(2, lastMessage.minusSeconds(60), lastMessage),
                new SyncState(synced, synced == null ? null : synced, outcome, null, null)));
    }

    private List<LinkRow> all(LinkFilter filter, AuditSort sort) {
        List<LinkRow> rows = new ArrayList<>();
        audits().forEach(filter, sort, rows::add);
        return rows;
    }

    private LinkFilter filter(Set<Finding> findings, @Nullable String text) {
        return new LinkFilter(oa, findings, text == null ? null : SearchText.of(text), staleBefore);
    }

    /** One link per interesting combination of the decision table. */
    private List<ZaloPartnerLink> variedLinks() {
        var verified = partner(PartnerStatus.VERIFIED, "Trần Thị Lan");
        var shadow = partner(PartnerStatus.SHADOW, "Lan Tran");
        var duplicate = partner(PartnerStatus.VERIFIED, "Lê Văn Hùng");
        openDuplicateGroup(duplicate, partner(PartnerStatus.VERIFIED, "Le Van Hung"));
        Instant fresh = now.minus(Duration.ofDays(1));
        return List.of(
                link(oa, verified, "Lan", now.minusSeconds(10), fresh, SyncOutcome.OK),
                link(oa, shadow, "Lan T", now.minusSeconds(20), fresh, SyncOutcome.OK),
                link(oa, duplicate, "Hùng", now.minusSeconds(30), fresh, SyncOutcome.OK),
                link(oa, verified, "Never synced", now.minusSeconds(40), null, null),
                link(oa, verified, "At threshold", now.minusSeconds(50), staleBefore, SyncOutcome.OK),
                link(oa, verified, "Just before", now.minusSeconds(60), staleBefore.minusNanos(1_000), SyncOutcome.OK),
                link(oa, verified, "Not a follower", now.minusSeconds(70), fresh, SyncOutcome.USER_ERROR),
                link(oa, verified, "Token", now.minusSeconds(80), fresh, SyncOutcome.OA_ERROR),
                link(oa, verified, "Gave up", now.minusSeconds(90), fresh, SyncOutcome.TRANSIENT_GAVE_UP),
                link(oa, verified, "Silent", null, fresh, SyncOutcome.OK),
                link(oa, shadow, null, null, null, SyncOutcome.OA_ERROR));
    }

    @ParameterizedTest
    @EnumSource(Finding.class)
    void a_finding_filter_selects_exactly_the_links_the_decision_table_gives_that_finding(Finding finding) {
        var created = variedLinks();

        var selected = all(filter(Set.of(finding), null), AuditSort.LAST_MESSAGE);

        assertThat(selected)
                .allSatisfy(
                        row -> assertThat(Findings.of(row.facts(), staleBefore)).contains(finding));
        long expected = selected.size();
        assertThat(audits().tally(oa, staleBefore).of(finding)).isEqualTo(expected);
        assertThat(expected).as("some of the varied links have %s", finding).isPositive();
        assertThat(audits().tally(oa, staleBefore).links()).isEqualTo(created.size());
    }

    @Test
    void the_stale_boundary_is_exact() {
        var created = variedLinks();
        var stale = all(filter(Set.of(Finding.STALE_PROFILE), null), AuditSort.LAST_MESSAGE).stream()
                .map(row -> row.link().profile().displayName())
                .toList();
        assertThat(stale).contains("Just before", "Never synced").doesNotContain("At threshold", "Lan");
        assertThat(created).hasSize(11);
    }

    @Test
    void several_findings_select_links_having_any_of_them() {
        variedLinks();
        var rows = all(filter(Set.of(Finding.SHADOW_UNVERIFIED, Finding.SUSPECTED_DUPLICATE), null), AuditSort.NAME);
        assertThat(rows)
                .extracting(row -> row.link().profile().displayName())
                .containsExactlyInAnyOrder("Lan T", "Hùng", null);
    }

    @Test
    void rows_carry_the_partner_and_its_standing() {
        var shadow = partner(PartnerStatus.SHADOW, "Nguyễn Văn Sơn");
        var created = link(oa, shadow, "Son Nguyen", now, null, null);

        var row = audits().find(created.id()).orElseThrow();

        assertThat(row.link()).isEqualTo(created);
        assertThat(row.partnerName()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(row.partnerStatus()).isEqualTo(PartnerStatus.SHADOW);
        assertThat(row.inOpenDuplicateGroup()).isFalse();
        assertThat(audits().find(new LinkId(999_999_999))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AuditSort.class)
    void keyset_pages_visit_every_link_once_in_order_even_while_links_are_added(AuditSort sort) {
        var p = partner(PartnerStatus.VERIFIED, "Phạm Minh Quân");
        Set<LinkId> original = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            Instant at = i % 5 == 0 ? null : now.minusSeconds(i % 7);
            String name = i % 6 == 0 ? null : "Khách " + (i % 4);
            original.add(link(oa, p, name, at, at, SyncOutcome.OK).id());
        }
        List<LinkId> seen = new ArrayList<>();
        LinkCursor after = null;
        int added = 0;
        while (true) {
            var page = audits().page(filter(Set.of(), null), sort, after, 4);
            page.forEach(row -> seen.add(row.link().id()));
            if (page.size() < 4) {
                break;
            }
            after = LinkCursor.after(sort, page.getLast().link());
            Instant at = now.minusSeconds(added % 9);
            link(oa, p, "Khách " + (added % 4), at, at, SyncOutcome.OK);
            added++;
        }
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(original);
        var expectedOrder = all(filter(Set.of(), null), sort).stream()
                .map(row -> row.link().id())
                .filter(seen::contains)
                .toList();
        assertThat(seen).containsExactlyElementsOf(expectedOrder);
    }

    @Test
    void the_last_message_order_shows_recent_conversations_first_and_silent_links_last() {
        var p = partner(PartnerStatus.VERIFIED, "Vũ Thu Hà");
        var silent = link(oa, p, "Silent", null, now, SyncOutcome.OK);
        var old = link(oa, p, "Old", now.minus(Duration.ofDays(3)), now, SyncOutcome.OK);
        var recent = link(oa, p, "Recent", now.minusSeconds(5), now, SyncOutcome.OK);

        assertThat(all(filter(Set.of(), null), AuditSort.LAST_MESSAGE))
                .extracting(row -> row.link().id())
                .containsExactly(recent.id(), old.id(), silent.id());
    }

    @Test
    void search_finds_names_without_diacritics_in_any_word_order_and_aliases() {
        var son = partner(PartnerStatus.SHADOW, "Nguyễn Văn Sơn");
        var duc = partner(PartnerStatus.VERIFIED, "Đỗ Minh Đức");
        var sonLink = link(oa, son, "Sơn 🌸", now, now, SyncOutcome.OK);
        var ducLink = link(oa, duc, "Duc Do", now, now, SyncOutcome.OK);

        assertThat(ids(filter(Set.of(), "son nguyen"))).containsExactly(sonLink.id());
        assertThat(ids(filter(Set.of(), "NGUYỄN"))).containsExactly(sonLink.id());
        assertThat(ids(filter(Set.of(), "đức"))).containsExactly(ducLink.id());
        assertThat(ids(filter(Set.of(), "minh duc"))).containsExactly(ducLink.id());
        assertThat(ids(filter(Set.of(), "alias sơn"))).containsExactly(sonLink.id());
        assertThat(ids(filter(Set.of(), "nobody here"))).isEmpty();
    }

    @Test
    void search_matches_the_beginning_of_words_and_follows_renames_of_the_link_and_the_partner() {
        var lan = partner(PartnerStatus.SHADOW, "Trần Thị Lan");
        var lanLink = link(oa, lan, "Lan Trần", now, now, SyncOutcome.OK);

        assertThat(ids(filter(Set.of(), "tra la"))).containsExactly(lanLink.id());
        assertThat(ids(filter(Set.of(), "thi"))).as("the partner's name").containsExactly(lanLink.id());
        assertThat(ids(filter(Set.of(), "ran"))).as("not the middle of a word").isEmpty();

        links().save(lanLink.withProfile(lanLink.profile().withDisplayName("Bé Mây")));
        assertThat(ids(filter(Set.of(), "may"))).containsExactly(lanLink.id());

        var partners = partners();
        partners.save(
                partners.find(lan).orElseThrow().verify(new PartnerDetails("Phạm Minh Châu", List.of(), null, null)));
        assertThat(ids(filter(Set.of(), "chau pham"))).containsExactly(lanLink.id());
        assertThat(ids(filter(Set.of(), "thi"))).as("the partner's old name").isEmpty();
    }

    @Test
    void search_finds_a_phone_in_any_form_and_a_zalo_user_id() {
        var son = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "0912 345 678");
        var other = partner(PartnerStatus.VERIFIED, "Hoàng Gia Bình", "0163 123 4567");
        var sonLink = link(oa, son, "Sơn", now, now, SyncOutcome.OK);
        var otherLink = link(oa, other, "Bình", now, now, SyncOutcome.OK);

        for (String phone : List.of("0912345678", "84912345678", "+84 912 345 678", "0912.345.678")) {
            assertThat(ids(filter(Set.of(), phone))).as(phone).containsExactly(sonLink.id());
        }
        assertThat(ids(filter(Set.of(), "0331234567"))).as("renumbered 2018").containsExactly(otherLink.id());
        assertThat(ids(filter(Set.of(), otherLink.zaloUserId().value()))).containsExactly(otherLink.id());
    }

    @Test
    void search_and_findings_combine_and_stay_on_the_oa() {
        var shadow = partner(PartnerStatus.SHADOW, "Nguyễn Văn Sơn");
        var verified = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        var shadowLink = link(oa, shadow, "Sơn", now, now, SyncOutcome.OK);
        link(oa, verified, "Sơn", now, now, SyncOutcome.OK);
        link(newOa(), shadow, "Sơn", now, now, SyncOutcome.OK);

        assertThat(ids(filter(Set.of(Finding.SHADOW_UNVERIFIED), "son"))).containsExactly(shadowLink.id());
        assertThat(ids(filter(Set.of(), "son"))).hasSize(2);
    }

    @Test
    void latest_messages_come_newest_first_up_to_the_limit() {
        var p = partner(PartnerStatus.VERIFIED, "Bùi Thị Mai");
        var created = link(oa, p, "Mai", now, now, SyncOutcome.OK);
        for (int i = 0; i < 25; i++) {
            addMessage(
                    created.id(),
                    new LinkMessage(
                            now.minusSeconds(100 - i), i % 2 == 0 ? "IN" : "OUT", "user_send_text", "tin nhắn " + i));
        }

        var latest = audits().latestMessages(created.id(), 20);

        assertThat(latest).hasSize(20);
        assertThat(latest.getFirst().text()).isEqualTo("tin nhắn 24");
        assertThat(latest.getLast().text()).isEqualTo("tin nhắn 5");
    }

    private List<LinkId> ids(LinkFilter filter) {
        return all(filter, AuditSort.LAST_MESSAGE).stream()
                .map(row -> row.link().id())
                .toList();
    }
}
