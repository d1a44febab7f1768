package io.zpl.demo;

import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The merge benchmark's own rows in a generated database, and putting the database back as it found them: fixture
 * partners carry the origin {@value #ORIGIN} (with their phones, links and records), the duplicate groups are copied
 * aside before the first scan and restored row for row afterwards (the triggers put the links' flags back), and the
 * benchmark's merges are removed from the journal. An interrupted run is cleaned up by the next one.
 */
final class MergeBenchmarkData {

    static final String ORIGIN = "bench-merge";
    private static final String SAVED_GROUPS = "bench_merge_saved_group";
    private static final String SAVED_MEMBERS = "bench_merge_saved_member";
    private static final long FIRST_ZALO_USER = 3_700_000_000_000_000_000L;

    private final Jdbi jdbi;
    private final Random random = new Random(2026);
    private long zaloUsers = FIRST_ZALO_USER;
    private int refs;

    MergeBenchmarkData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Restores what an interrupted earlier run left, then copies the duplicate groups aside. */
    void saveGroups() {
        if (savedTableExists()) {
            System.out.println("An earlier run was interrupted: restoring the database first.");
            restore();
        }
        jdbi.useHandle(h -> {
            // keyed like the originals: the restore joins them row for row
            h.execute("CREATE TABLE " + SAVED_GROUPS + " (PRIMARY KEY (group_id)) AS SELECT * FROM duplicate_group");
            h.execute("CREATE TABLE " + SAVED_MEMBERS
                    + " (PRIMARY KEY (group_id, partner_id)) AS SELECT * FROM duplicate_group_member");
        });
        zaloUsers = jdbi.withHandle(h -> h.createQuery("""
                        SELECT COALESCE(MAX(CAST(zalo_user_id AS UNSIGNED)) + 1, :first) FROM partner_link
                        WHERE zalo_user_id LIKE '37%' AND LENGTH(zalo_user_id) = 19""")
                .bind("first", FIRST_ZALO_USER)
                .mapTo(Long.class)
                .one());
    }

    /** Deletes every fixture and the benchmark's merges, and puts the duplicate groups back as they were saved. */
    void restore() {
        jdbi.useTransaction(h -> {
            List<Long> fixtures = h.createQuery("SELECT partner_id FROM partner WHERE origin = :origin")
                    .bind("origin", ORIGIN)
                    .mapTo(Long.class)
                    .list();
            if (!fixtures.isEmpty()) {
                List<Long> merges = h.createQuery("SELECT merge_id FROM merge_journal WHERE survivor_id IN (<ids>)")
                        .bindList("ids", fixtures)
                        .mapTo(Long.class)
                        .list();
                if (!merges.isEmpty()) {
                    for (String table : List.of("merge_moved_row", "merge_resolved_group", "merge_journal")) {
                        h.createUpdate("DELETE FROM " + table + " WHERE merge_id IN (<ids>)")
                                .bindList("ids", merges)
                                .execute();
                    }
                }
                h.createUpdate("DELETE FROM merge_preview WHERE created_by = :origin")
                        .bind("origin", ORIGIN)
                        .execute();
                for (String table : List.of(
                        "invoice",
                        "sales_order",
                        "ticket",
                        "partner_link",
                        "partner_phone",
                        "duplicate_group_member")) {
                    h.createUpdate("DELETE FROM " + table + " WHERE partner_id IN (<ids>)")
                            .bindList("ids", fixtures)
                            .execute();
                }
                h.createUpdate("UPDATE partner SET merged_into = NULL WHERE partner_id IN (<ids>)")
                        .bindList("ids", fixtures)
                        .execute();
                h.createUpdate("DELETE FROM partner WHERE partner_id IN (<ids>)")
                        .bindList("ids", fixtures)
                        .execute();
            }
            if (savedTableExists(h)) {
                restoreTable(h, "duplicate_group", SAVED_GROUPS, List.of("group_id"));
                restoreTable(h, "duplicate_group_member", SAVED_MEMBERS, List.of("group_id", "partner_id"));
            }
        });
        jdbi.useHandle(h -> {
            h.execute("DROP TABLE IF EXISTS " + SAVED_MEMBERS);
            h.execute("DROP TABLE IF EXISTS " + SAVED_GROUPS);
        });
    }

    /** Removes the rows that are new or changed since the copy, then inserts the copy's rows that are missing. */
    private static void restoreTable(Handle h, String table, String saved, List<String> key) {
        List<String> columns =
                h.createQuery("""
                        SELECT COLUMN_NAME FROM information_schema.COLUMNS
                        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table ORDER BY ORDINAL_POSITION""").bind("table", table).mapTo(String.class).list();
        String sameKey = key.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "));
        String sameRow = columns.stream().map(c -> "t." + c + " <=> s." + c).collect(Collectors.joining(" AND "));
        int removed = h.execute("DELETE t FROM " + table + " t LEFT JOIN " + saved + " s ON " + sameKey + " WHERE s."
                + key.getFirst() + " IS NULL OR NOT (" + sameRow + ")");
        String list = String.join(", ", columns);
        int inserted = h.execute("INSERT INTO " + table + " (" + list + ") SELECT " + list + " FROM " + saved
                + " s WHERE NOT EXISTS (SELECT 1 FROM " + table + " t WHERE " + sameKey + ")");
        System.out.printf("Restored %s: %d rows removed, %d put back%n", table, removed, inserted);
    }

    private boolean savedTableExists() {
        return jdbi.withHandle(MergeBenchmarkData::savedTableExists);
    }

    private static boolean savedTableExists(Handle h) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM information_schema.TABLES
                        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :table""")
                        .bind("table", SAVED_GROUPS)
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** What the benchmark must leave unchanged: row counts, the links' duplicate flags and the groups' checksum. */
    String state() {
        return jdbi.withHandle(h -> {
            var counts = h.createQuery("""
                            SELECT (SELECT COUNT(*) FROM partner) AS partners,
                                   (SELECT COUNT(*) FROM partner_phone) AS phones,
                                   (SELECT COUNT(*) FROM partner_link) AS links,
                                   (SELECT SUM(suspected_duplicate) FROM partner_link) AS flagged,
                                   (SELECT COUNT(*) FROM invoice) + (SELECT COUNT(*) FROM sales_order)
                                       + (SELECT COUNT(*) FROM ticket) AS records,
                                   (SELECT COUNT(*) FROM merge_journal) AS merges""").mapToMap().one();
            String checksums = h.createQuery("CHECKSUM TABLE duplicate_group, duplicate_group_member")
                    .map((rs, ctx) -> rs.getString(2))
                    .list()
                    .toString();
            return counts + " groups " + checksums;
        });
    }

    /** Live generated partners with a phone, picked at random: the people the incremental changes duplicate. */
    List<Person> somePeopleWithPhones(int wanted) {
        return jdbi.withHandle(h -> {
            long[] range = h.createQuery("SELECT MIN(partner_id), MAX(partner_id) FROM partner")
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .one();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < wanted * 3; i++) {
                ids.add(range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1)));
            }
            return h.createQuery("""
                            SELECT p.partner_id, p.name, MIN(pp.phone_e164) AS phone
                            FROM partner p JOIN partner_phone pp ON pp.partner_id = p.partner_id
                            WHERE p.partner_id IN (<ids>) AND p.status <> 'MERGED' AND p.origin <> :origin
                            GROUP BY p.partner_id, p.name LIMIT :wanted""")
                    .bindList("ids", ids)
                    .bind("origin", ORIGIN)
                    .bind("wanted", wanted)
                    .map((rs, ctx) ->
                            new Person(new PartnerId(rs.getLong(1)), rs.getString(2), new PhoneNumber(rs.getString(3))))
                    .list();
        });
    }

    record Person(PartnerId id, String name, PhoneNumber phone) {}

    /** A new partner, as ingest or an import would create it (no detection run yet). */
    PartnerId partner(String status, String name, PhoneNumber phone) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO partner (status, name, name_key, origin, created_at, updated_at)
                            VALUES (:status, :name, :key, :origin, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""")
                    .bind("status", status)
                    .bind("name", name)
                    .bind("key", NameKey.of(name).value())
                    .bind("origin", ORIGIN)
                    .executeAndReturnGeneratedKeys("partner_id")
                    .mapTo(Long.class)
                    .one();
            h.createUpdate("INSERT INTO partner_phone (partner_id, phone_e164) VALUES (:id, :phone)")
                    .bind("id", id)
                    .bind("phone", phone.e164())
                    .execute();
            return new PartnerId(id);
        });
    }

    /** A phone nobody in the generated data has (the generator's numbers are mobile, these are Hà Nội landlines). */
    PhoneNumber uniquePhone() {
        return PhoneNumber.parse("024" + String.format("%08d", random.nextInt(100_000_000)));
    }

    /** One link per OA (the first {@code count} OAs by id, wrapping around) and {@code records} business records. */
    void holdings(PartnerId partner, int links, int records) {
        jdbi.useTransaction(h -> {
            List<Map.Entry<String, String>> oas = h.createQuery(
                            "SELECT oa_id, app_id FROM official_account ORDER BY oa_id LIMIT :n")
                    .bind("n", links)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list();
            PreparedBatch linkBatch = h.prepareBatch("""
                    INSERT INTO partner_link (oa_id, zalo_user_id, app_id, partner_id, display_name, message_count,
                        created_at, updated_at)
                    VALUES (:oa, :user, :app, :partner, 'Bench merge', 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""");
            for (int i = 0; i < links; i++) {
                var oa = oas.get(i % oas.size());
                linkBatch
                        .bind("oa", oa.getKey())
                        .bind("user", Long.toString(zaloUsers++))
                        .bind("app", oa.getValue())
                        .bind("partner", partner.value())
                        .add();
            }
            linkBatch.execute();
            PreparedBatch invoices = h.prepareBatch("""
                    INSERT INTO invoice (external_ref, partner_id, amount_total, amount_due, issued_at, updated_at)
                    VALUES (:ref, :partner, :total, :total, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""");
            PreparedBatch orders = h.prepareBatch("""
                    INSERT INTO sales_order (external_ref, partner_id, stage, title, amount_total, issued_at, updated_at)
                    VALUES (:ref, :partner, 'ORDER', 'Bench merge', :total, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""");
            PreparedBatch tickets = h.prepareBatch("""
                    INSERT INTO ticket (external_ref, partner_id, subject, state, opened_at, updated_at)
                    VALUES (:ref, :partner, 'Bench merge', 'OPEN', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))""");
            String run = Long.toString(Instant.now().toEpochMilli(), 36);
            for (int i = 0; i < records; i++) {
                PreparedBatch batch = List.of(invoices, orders, tickets).get(i % 3);
                if (batch != tickets) {
                    batch.bind("total", BigDecimal.valueOf(100_000L + random.nextInt(10_000_000)));
                }
                batch.bind("ref", "BENCH-MERGE-" + run + "-" + refs++)
                        .bind("partner", partner.value())
                        .add();
            }
            for (PreparedBatch batch : List.of(invoices, orders, tickets)) {
                batch.execute();
            }
        });
    }
}
