package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.MergeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random partners with links, invoices, quotes and tickets, merged and then undone on the real MariaDB: no business
 * record is lost or duplicated, the sum of balances never changes, every link stays on a live partner, and the undo
 * restores the exact prior state (every column but the optimistic-lock {@code version} and {@code updated_at}).
 */
class MergeInvariantsProperties {

    static TestDatabase db;
    static MergeFixture f;

    @BeforeContainer
    static void schema() {
        db = TestDatabase.fresh();
        TestData.demoAppsAndOas(db.jdbi());
        f = new MergeFixture(db.jdbi());
    }

    @AfterContainer
    static void drop() {
        db.close();
    }

    record Holding(PartnerStatus status, int links, List<Integer> invoiceAmounts, int quotes, int tickets, int phone) {}

    @Provide
    Arbitrary<List<Holding>> holdings() {
        Arbitrary<Holding> holding = Combinators.combine(
                        Arbitraries.of(PartnerStatus.VERIFIED, PartnerStatus.SHADOW),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 5_000_000).list().ofMaxSize(4),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 4))
                .as(Holding::new);
        return holding.list().ofMinSize(2).ofMaxSize(6);
    }

    @Property(tries = 12)
    void mergeKeepsEveryRecordAndUndoRestoresTheExactPriorState(
            @ForAll("holdings") List<Holding> holdings, @ForAll("picks") List<Integer> fieldPicks) {
        List<PartnerId> ids = new ArrayList<>();
        for (Holding h : holdings) {
            var p = f.partner(h.status(), "Khách " + h.phone(), "0912 000 10" + h.phone())
                    .id();
            ids.add(p);
            for (int i = 0; i < h.links(); i++) {
                f.link(p, i % 2 == 0 ? TestData.SUPPORT_OA : TestData.SALES_OA, null, null, null);
            }
            h.invoiceAmounts().forEach(amount -> f.invoice(p, Integer.toString(amount)));
            for (int i = 0; i < h.quotes(); i++) {
                f.quote(p);
            }
            for (int i = 0; i < h.tickets(); i++) {
                f.ticket(p);
            }
        }
        PartnerId survivor = MergePlan.defaultSurvivor(
                ids.stream().map(id -> f.partners.find(id).orElseThrow()).toList());
        List<PartnerId> merged = ids.stream().filter(id -> !id.equals(survivor)).toList();
        Map<MergeField, PartnerId> fields = new HashMap<>();
        fields.put(MergeField.NAME, ids.get(fieldPicks.get(0) % ids.size()));
        fields.put(MergeField.EMAIL, ids.get(fieldPicks.get(1) % ids.size()));
        var before = snapshot();

        var preview = f.merge.preview(LEAD, new MergePlan(survivor, merged, fields));
        var result = f.merge.merge(LEAD, preview.previewId(), "property");

        var after = snapshot();
        for (String table : List.of("invoice", "sales_order", "ticket", "partner_link")) {
            assertThat(ids(after.get(table))).as(table + " rows").isEqualTo(ids(before.get(table)));
        }
        assertThat(balance()).isEqualByComparingTo(balanceOf(before));
        assertThat(linksOnTombstones()).isZero();
        assertThat(after.get("partner_phone").size())
                .isGreaterThanOrEqualTo(before.get("partner_phone").size());

        f.merge.undo(LEAD, result.mergeId());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 100).list().ofSize(2);
    }

    static List<Object> ids(List<List<Object>> rows) {
        return rows.stream().map(r -> r.getFirst()).toList();
    }

    static BigDecimal balanceOf(Map<String, List<List<Object>>> state) {
        return state.get("invoice").stream().map(r -> (BigDecimal) r.get(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal balance() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("SELECT COALESCE(SUM(amount_due), 0) FROM invoice")
                        .mapTo(BigDecimal.class)
                        .one());
    }

    static long linksOnTombstones() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
                        WHERE p.status = 'MERGED'""").mapTo(Long.class).one());
    }

    /** Every row of every table a merge touches, without the version and updated_at bookkeeping. */
    static Map<String, List<List<Object>>> snapshot() {
        Map<String, String> queries = Map.of(
                "partner", "SELECT partner_id, status, name, name_key, email, address, merged_into FROM partner",
                "partner_phone", "SELECT phone_id, partner_id, phone_e164 FROM partner_phone",
                "partner_link", "SELECT link_id, partner_id, oa_id, zalo_user_id FROM partner_link",
                "invoice", "SELECT invoice_id, partner_id, amount_due, amount_total, external_ref FROM invoice",
                "sales_order", "SELECT order_id, partner_id, amount_total, external_ref FROM sales_order",
                "ticket", "SELECT ticket_id, partner_id, subject, external_ref FROM ticket",
                "duplicate_group", "SELECT group_id, state, member_key FROM duplicate_group WHERE state <> 'OPEN'");
        Map<String, List<List<Object>>> state = new HashMap<>();
        db.jdbi()
                .useHandle(h -> queries.forEach((table, sql) -> state.put(
                        table,
                        h.createQuery(sql + " ORDER BY 1")
                                .map((rs, ctx) -> {
                                    List<Object> row = new ArrayList<>();
                                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                        row.add(rs.getObject(i));
                                    }
                                    return row;
                                })
                                .list())));
        return state;
    }
}
