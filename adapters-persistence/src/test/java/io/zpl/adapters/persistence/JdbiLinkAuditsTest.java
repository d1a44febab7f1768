package io.zpl.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.contract.LinkAuditsContract;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiLinkAuditsTest extends LinkAuditsContract {

    private static final AtomicLong OA_IDS = new AtomicLong(2_100_000_000_000_000_000L);

    @RegisterExtension
    static final FreshSchema db = new FreshSchema();

    @Override
    protected LinkAudits audits() {
        return new JdbiLinkAudits(db.jdbi());
    }

    @Override
    protected PartnerLinks links() {
        return new JdbiPartnerLinks(db.jdbi());
    }

    @Override
    protected Partners partners() {
        return new JdbiPartners(db.jdbi());
    }

    @Override
    protected OaId newOa() {
        var oa = new OaId(Long.toString(OA_IDS.incrementAndGet()));
        new JdbiOfficialAccounts(db.jdbi())
                .save(OfficialAccount.draft(oa, TestData.APP_A, "OA " + oa).connected());
        return oa;
    }

    @Override
    protected ZaloAppId app() {
        return TestData.APP_A;
    }

    @Override
    protected void openDuplicateGroup(PartnerId... members) {
        openGroup(members);
    }

    static long openGroup(PartnerId... members) {
        String key = Arrays.stream(members).map(PartnerId::toString).sorted().collect(Collectors.joining(","));
        return db.jdbi().inTransaction(h -> {
            long group = h.createUpdate("""
                            INSERT INTO duplicate_group (tier, state, member_key, evidence, evidence_hash, created_at, updated_at)
                            VALUES ('STRONG', 'OPEN', :key, '[]', REPEAT('0', 64), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """)
                    .bind("key", key)
                    .executeAndReturnGeneratedKeys("group_id")
                    .mapTo(Long.class)
                    .one();
            for (PartnerId member : members) {
                h.execute(
                        "INSERT INTO duplicate_group_member (group_id, partner_id) VALUES (?, ?)",
                        group,
                        member.value());
            }
            return group;
        });
    }

    @Override
    protected void addMessage(LinkId link, LinkMessage message) {
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO zalo_message (link_id, direction, event_name, text, sent_at) VALUES (?, ?, ?, ?, ?)",
                        link.value(),
                        message.direction(),
                        message.eventName(),
                        message.text(),
                        Rows.utc(message.sentAt())));
    }

    private boolean flagged(LinkId link) {
        return audits().find(link).orElseThrow().inOpenDuplicateGroup();
    }

    private PartnerStatus copiedStatus(LinkId link) {
        return audits().find(link).orElseThrow().partnerStatus();
    }

    @Test
    void the_copies_on_the_link_follow_the_partner_and_the_duplicate_groups_whoever_writes_them() {
        var oa = newOa();
        var shadow = partner(PartnerStatus.SHADOW, "Son Nguyen");
        var verified = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        var link = link(oa, shadow, "Son", now, now, SyncOutcome.OK);
        assertThat(copiedStatus(link.id())).isEqualTo(PartnerStatus.SHADOW);

        var partners = partners();
        partners.save(partners.find(shadow).orElseThrow().verify(new PartnerDetails(null, List.of(), null, null)));
        assertThat(copiedStatus(link.id())).isEqualTo(PartnerStatus.VERIFIED);

        long group = openGroup(shadow, verified);
        assertThat(flagged(link.id())).isTrue();

        db.jdbi().useHandle(h -> h.execute("UPDATE duplicate_group SET state = 'DISMISSED' WHERE group_id = ?", group));
        assertThat(flagged(link.id())).isFalse();
        db.jdbi().useHandle(h -> h.execute("UPDATE duplicate_group SET state = 'OPEN' WHERE group_id = ?", group));
        assertThat(flagged(link.id())).isTrue();

        db.jdbi()
                .useHandle(h -> h.execute(
                        "DELETE FROM duplicate_group_member WHERE group_id = ? AND partner_id = ?",
                        group,
                        shadow.value()));
        assertThat(flagged(link.id())).isFalse();
        db.jdbi()
                .useHandle(h -> h.execute(
                        "INSERT INTO duplicate_group_member (group_id, partner_id) VALUES (?, ?)",
                        group,
                        shadow.value()));
        assertThat(flagged(link.id())).isTrue();

        db.jdbi().useHandle(h -> h.execute("DELETE FROM duplicate_group WHERE group_id = ?", group));
        assertThat(flagged(link.id())).isFalse();
    }

    @Test
    void repointing_a_link_copies_its_new_partner() {
        var oa = newOa();
        var shadow = partner(PartnerStatus.SHADOW, "Son Nguyen");
        var verified = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");
        var other = partner(PartnerStatus.VERIFIED, "Nguyen Van Son");
        openGroup(verified, other);
        var link = link(oa, shadow, "Son", now, now, SyncOutcome.OK);

        links().save(link.repointTo(verified));

        assertThat(copiedStatus(link.id())).isEqualTo(PartnerStatus.VERIFIED);
        assertThat(flagged(link.id())).isTrue();
    }

    @Test
    void the_search_words_follow_the_link_and_its_partner_whoever_writes_them() {
        var oa = newOa();
        var shadow = partner(PartnerStatus.SHADOW, "Son Nguyen");
        var verified = partner(PartnerStatus.VERIFIED, "Trần Thị Lan");
        var link = link(oa, shadow, "Bé Đỗ 🌸", now, now, SyncOutcome.OK);
        assertThat(searchWords(link.id())).containsExactlyInAnyOrder("bé", "dỗ", "alias", "son", "nguyen");

        db.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE partner_link SET display_name = 'Na (Sales)', alias = 'chị Na' WHERE link_id = ?",
                        link.id().value()));
        assertThat(searchWords(link.id())).containsExactlyInAnyOrder("na", "sales", "chị", "son", "nguyen");

        db.jdbi()
                .useHandle(h -> h.execute(
                        "UPDATE partner SET name_key = 'nguyen van son' WHERE partner_id = ?", shadow.value()));
        assertThat(searchWords(link.id())).containsExactlyInAnyOrder("na", "sales", "chị", "nguyen", "van", "son");

        links().save(links().find(link.id()).orElseThrow().repointTo(verified));
        assertThat(searchWords(link.id())).containsExactlyInAnyOrder("na", "sales", "chị", "tran", "thi", "lan");
    }

    /** The words of the link's row and of the word table, which must agree. */
    private List<String> searchWords(LinkId link) {
        return db.jdbi().withHandle(h -> {
            String row = h.createQuery("SELECT search_words FROM partner_link WHERE link_id = :id")
                    .bind("id", link.value())
                    .mapTo(String.class)
                    .one();
            List<String> table = h.createQuery("SELECT word FROM link_search_word WHERE link_id = :id")
                    .bind("id", link.value())
                    .mapTo(String.class)
                    .list();
            assertThat(table)
                    .containsExactlyInAnyOrderElementsOf(
                            List.of(row.split(" ")).stream().distinct().toList());
            return table;
        });
    }
}
