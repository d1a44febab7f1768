package io.zpl.adapters.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Every column that references {@code partner(partner_id)}, read from the database catalog, and what a merge does with
 * it. The registry below is explicit: a table added with a partner foreign key and not classified here makes
 * {@link #read(Handle)} fail (so a merge refuses to run) and fails the registry test (so the build breaks first).
 */
public final class PartnerReferences {

    public enum Treatment {
        /** The merged partners' rows move to the survivor (business records, links). */
        REPOINT,
        /** Phones are united: the survivor gets a copy of each phone it lacks; the tombstone keeps its rows. */
        UNITE_PHONES,
        /** The rows stay on the tombstone on purpose (its own merge pointer, group history, journal). */
        KEEP_ON_TOMBSTONE
    }

    static final Map<String, Treatment> REGISTRY = Map.of(
            "partner.merged_into", Treatment.KEEP_ON_TOMBSTONE,
            "partner_phone.partner_id", Treatment.UNITE_PHONES,
            "partner_link.partner_id", Treatment.REPOINT,
            "sales_order.partner_id", Treatment.REPOINT,
            "invoice.partner_id", Treatment.REPOINT,
            "ticket.partner_id", Treatment.REPOINT,
            "duplicate_group_member.partner_id", Treatment.KEEP_ON_TOMBSTONE,
            "merge_journal.survivor_id", Treatment.KEEP_ON_TOMBSTONE);

    /** One referencing column with the table's single-column primary key and whether it has a {@code version}. */
    public record Reference(
            String table,
            String column,
            Treatment treatment,
            String primaryKey,
            boolean versioned,
            List<List<String>> uniqueKeysWithColumn) {

        public String name() {
            return table + "." + column;
        }
    }

    /** What the catalog says, and which referencing columns the registry does not classify. */
    public record Catalog(List<Reference> references, List<String> unregistered) {

        public List<Reference> treated(Treatment treatment) {
            return references.stream().filter(r -> r.treatment() == treatment).toList();
        }

        public Catalog requireComplete() {
            if (!unregistered.isEmpty()) {
                throw new IllegalStateException("Merging is disabled: " + String.join(", ", unregistered)
                        + " reference partners but are not classified in PartnerReferences.REGISTRY");
            }
            return this;
        }
    }

    private PartnerReferences() {}

    public static Catalog read(Handle h) {
        List<Reference> references = new ArrayList<>();
        List<String> unregistered = new ArrayList<>();
        var columns = h.createQuery("""
                        SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                        WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_SCHEMA = DATABASE()
                          AND REFERENCED_TABLE_NAME = 'partner' AND REFERENCED_COLUMN_NAME = 'partner_id'
                        ORDER BY TABLE_NAME, COLUMN_NAME""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] tc : columns) {
            String name = tc[0] + "." + tc[1];
            Treatment treatment = REGISTRY.get(name);
            if (treatment == null) {
                unregistered.add(name);
                continue;
            }
            List<String> primaryKey =
                    h.createQuery("""
                            SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t AND CONSTRAINT_NAME = 'PRIMARY'
                            ORDER BY ORDINAL_POSITION""").bind("t", tc[0]).mapTo(String.class).list();
            boolean versioned =
                    h.createQuery("""
                            SELECT COUNT(*) FROM information_schema.COLUMNS
                            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t AND COLUMN_NAME = 'version'""").bind("t", tc[0]).mapTo(Integer.class).one() > 0;
            if (treatment == Treatment.REPOINT && primaryKey.size() != 1) {
                unregistered.add(name + " (a re-pointed table needs a single-column primary key)");
                continue;
            }
            references.add(new Reference(
                    tc[0],
                    tc[1],
                    treatment,
                    primaryKey.isEmpty() ? "" : primaryKey.getFirst(),
                    versioned,
                    uniqueKeys(h, tc[0], tc[1])));
        }
        return new Catalog(references, unregistered);
    }

    /** The other columns of each unique key that contains the column (an empty list: the column alone is unique). */
    private static List<List<String>> uniqueKeys(Handle h, String table, String column) {
        Map<String, List<String>> byIndex = new HashMap<>();
        h.createQuery("""
                        SELECT INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS
                        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = :t AND NON_UNIQUE = 0
                        ORDER BY INDEX_NAME, SEQ_IN_INDEX""")
                .bind("t", table)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(ic ->
                        byIndex.computeIfAbsent(ic[0], k -> new ArrayList<>()).add(ic[1]));
        List<List<String>> keys = new ArrayList<>();
        for (List<String> cols : byIndex.values()) {
            if (cols.contains(column)) {
                List<String> others = new ArrayList<>(cols);
                others.remove(column);
                keys.add(others);
            }
        }
        return keys;
    }
}
