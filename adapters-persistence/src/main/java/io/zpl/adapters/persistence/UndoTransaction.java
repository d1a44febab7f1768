package io.zpl.adapters.persistence;

import io.zpl.application.port.out.Merges.UndoOutcome;
import io.zpl.domain.partner.NameKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;

/**
 * Undoes one merge in one transaction, exactly: every moved row goes back to the partner it came from, copied phones
 * are removed, tombstones and the survivor get their statuses and fields back, resolved groups their state. Refused,
 * with nothing written, when any of those rows changed since the merge (their version tells).
 */
final class UndoTransaction {

    private static final int MAX_LISTED = 10;

    private UndoTransaction() {}

    private record MovedRow(
            String table,
            String column,
            long row,
            long from,
            @Nullable Integer versionAfter,
            String action) {}

    static UndoOutcome run(Jdbi jdbi, JdbiMerges merges, long mergeId, String actor, Instant now, Instant windowStart) {
        try {
            UndoOutcome.Refused refused = jdbi.inTransaction(h -> undo(h, merges, mergeId, actor, now, windowStart));
            if (refused != null) {
                return refused;
            }
            return new UndoOutcome.Undone(merges.entry(mergeId).orElseThrow());
        } catch (JdbiException e) {
            if (MergeTransaction.causedBy(e, java.sql.SQLTransactionRollbackException.class)) {
                return new UndoOutcome.Refused(
                        "UNDO_CONFLICT", "Another change to these partners was written at the same time; try again.");
            }
            throw e;
        }
    }

    /** Answers why the undo is refused, or null once it is done. */
    private static UndoOutcome.@Nullable Refused undo(
            Handle h, JdbiMerges merges, long mergeId, String actor, Instant now, Instant windowStart) {
        var journal = h.createQuery("SELECT * FROM merge_journal WHERE merge_id = :id FOR UPDATE")
                .bind("id", mergeId)
                .mapToMap()
                .findOne();
        if (journal.isEmpty()) {
            return new UndoOutcome.Refused("MERGE_NOT_FOUND", "No merge " + mergeId + ".");
        }
        var row = journal.get();
        if (row.get("undone_at") != null) {
            return new UndoOutcome.Refused(
                    "UNDO_CONFLICT", "Merge " + mergeId + " was already undone by " + row.get("undone_by") + ".");
        }
        Instant mergedAt =
                ((java.sql.Timestamp) row.get("merged_at")).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        if (mergedAt.isBefore(windowStart)) {
            return new UndoOutcome.Refused(
                    "UNDO_WINDOW_CLOSED",
                    "Merge " + mergeId + " was made on " + mergedAt + "; merges can be undone until "
                            + mergedAt.plus(java.time.Duration.between(windowStart, now)) + ".");
        }
        long survivor = ((Number) row.get("survivor_id")).longValue();
        List<Long> mergedIds = new ArrayList<>();
        for (String id : row.get("merged_ids").toString().split(",")) {
            mergedIds.add(Long.parseLong(id));
        }
        List<Long> all = new ArrayList<>(mergedIds);
        all.add(survivor);
        all.sort(null);
        MergeImage image = MergeImage.parse(row.get("before_image").toString());
        List<String> changed = new ArrayList<>();
        Map<Long, Object[]> partners = new LinkedHashMap<>();
        h.createQuery("SELECT partner_id, status, merged_into, version FROM partner WHERE partner_id IN (<ids>) "
                        + "ORDER BY partner_id FOR UPDATE")
                .bindList("ids", all)
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3), rs.getInt(4)})
                .forEach(p -> partners.put((Long) p[0], p));
        for (long id : all) {
            Object[] p = partners.get(id);
            if (p == null || (int) p[3] != image.getInt("version." + id)) {
                changed.add("partner " + id
                        + (p != null && "MERGED".equals(p[1]) && id == survivor
                                ? " (merged into " + p[2] + " since: undo that merge first)"
                                : " (edited since the merge)"));
            }
        }
        List<MovedRow> moved = h.createQuery("""
                        SELECT table_name, column_name, row_id, from_partner_id, version_after, action
                        FROM merge_moved_row WHERE merge_id = :id ORDER BY table_name, row_id""")
                .bind("id", mergeId)
                .map((rs, ctx) -> new MovedRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        Rows.nullableInt(rs, "version_after"),
                        rs.getString(6)))
                .list();
        var catalog = merges.catalog(h);
        Map<String, List<MovedRow>> byColumn = new LinkedHashMap<>();
        moved.forEach(
                m -> byColumn.computeIfAbsent(m.table() + "." + m.column() + "." + m.action(), k -> new ArrayList<>())
                        .add(m));
        for (var entry : byColumn.entrySet()) {
            MovedRow first = entry.getValue().getFirst();
            var ref = catalog.references().stream()
                    .filter(r -> r.table().equals(first.table()) && r.column().equals(first.column()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(first.table() + "." + first.column()
                            + " is in the journal but no longer references partners"));
            String version = ref.versioned() ? "version" : "NULL";
            Map<Long, long[]> current = new LinkedHashMap<>();
            h.createQuery("SELECT " + ref.primaryKey() + ", " + ref.column() + ", " + version + " FROM " + ref.table()
                            + " WHERE " + ref.primaryKey() + " IN (<rows>) FOR UPDATE")
                    .bindList(
                            "rows", entry.getValue().stream().map(MovedRow::row).toList())
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .forEach(r -> current.put(r[0], r));
            for (MovedRow m : entry.getValue()) {
                long[] found = current.get(m.row());
                if (found == null) {
                    changed.add(m.table() + " " + m.row() + " (deleted since the merge)");
                } else if (found[1] != survivor) {
                    changed.add(m.table() + " " + m.row() + " (moved to partner " + found[1] + " since the merge)");
                } else if (m.versionAfter() != null && found[2] != m.versionAfter()) {
                    changed.add(m.table() + " " + m.row() + " (edited since the merge)");
                }
            }
        }
        if (!changed.isEmpty()) {
            int more = changed.size() - MAX_LISTED;
            return new UndoOutcome.Refused(
                    "UNDO_CONFLICT",
                    "Changed since the merge: "
                            + String.join(", ", changed.subList(0, Math.min(MAX_LISTED, changed.size())))
                            + (more > 0 ? " and " + more + " more" : "") + ". Nothing was undone.");
        }
        restoreRows(h, catalog, byColumn, mergeId);
        restorePartners(h, image, survivor, mergedIds, now);
        h.createUpdate("""
                        UPDATE duplicate_group g JOIN merge_resolved_group r ON r.group_id = g.group_id
                        SET g.state = r.previous_state, g.updated_at = :now
                        WHERE r.merge_id = :id AND g.state = 'RESOLVED'""").bind("id", mergeId).bind("now", Rows.utc(now)).execute();
        h.createUpdate("UPDATE merge_journal SET undone_at = :now, undone_by = :actor WHERE merge_id = :id")
                .bind("now", Rows.utc(now))
                .bind("actor", actor)
                .bind("id", mergeId)
                .execute();
        return null;
    }

    /** Copied phones are deleted; moved rows go back to their partner, one joined UPDATE per column. */
    private static void restoreRows(
            Handle h, PartnerReferences.Catalog catalog, Map<String, List<MovedRow>> byColumn, long mergeId) {
        for (var rows : byColumn.values()) {
            MovedRow first = rows.getFirst();
            if (first.action().equals("COPIED")) {
                h.createUpdate("DELETE FROM partner_phone WHERE phone_id IN (<rows>)")
                        .bindList("rows", rows.stream().map(MovedRow::row).toList())
                        .execute();
                continue;
            }
            var ref = catalog.references().stream()
                    .filter(r -> r.table().equals(first.table()) && r.column().equals(first.column()))
                    .findFirst()
                    .orElseThrow();
            h.createUpdate("UPDATE " + ref.table() + " t JOIN merge_moved_row m ON m.row_id = t." + ref.primaryKey()
                            + " SET t." + ref.column() + " = m.from_partner_id"
                            + (ref.versioned() ? ", t.version = t.version + 1" : "")
                            + " WHERE m.merge_id = :merge AND m.table_name = :table AND m.column_name = :column"
                            + " AND m.action = 'MOVED'")
                    .bind("merge", mergeId)
                    .bind("table", ref.table())
                    .bind("column", ref.column())
                    .execute();
        }
    }

    private static void restorePartners(Handle h, MergeImage image, long survivor, List<Long> merged, Instant now) {
        for (long id : merged) {
            h.createUpdate("""
                            UPDATE partner SET status = :status, merged_into = NULL, version = version + 1,
                                updated_at = :now WHERE partner_id = :id""")
                    .bind("status", image.get("merged." + id + ".status"))
                    .bind("now", Rows.utc(now))
                    .bind("id", id)
                    .execute();
        }
        String name = image.get("survivor.name");
        h.createUpdate("""
                        UPDATE partner SET status = :status, name = :name, name_key = :nameKey, email = :email,
                            address = :address, version = version + 1, updated_at = :now
                        WHERE partner_id = :id""")
                .bind("status", image.get("survivor.status"))
                .bind("name", name)
                .bind("nameKey", NameKey.of(name == null ? "" : name).value())
                .bind("email", image.get("survivor.email"))
                .bind("address", image.get("survivor.address"))
                .bind("now", Rows.utc(now))
                .bind("id", survivor)
                .execute();
    }
}
