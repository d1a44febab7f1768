package io.zpl.adapters.persistence;

import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergeEntry.FieldChange;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** Reads merge journal entries with what each moved and overwrote. */
final class MergeJournalRows {

    private MergeJournalRows() {}

    private record Row(
            long id,
            long survivor,
            String merged,
            String actor,
            String reason,
            String evidence,
            String image,
            java.time.Instant at,
            java.time.Instant undoneAt,
            String undoneBy) {}

    static List<MergeEntry> entries(Handle h, Query query) {
        List<Row> rows = query.map((rs, ctx) -> new Row(
                        rs.getLong("merge_id"),
                        rs.getLong("survivor_id"),
                        rs.getString("merged_ids"),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        Objects.requireNonNullElse(rs.getString("evidence"), ""),
                        rs.getString("before_image"),
                        Rows.instant(rs, "merged_at"),
                        Rows.instant(rs, "undone_at"),
                        rs.getString("undone_by")))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Moved>> moved = new HashMap<>();
        h.createQuery("""
                        SELECT merge_id, table_name, action, COUNT(*) FROM merge_moved_row
                        WHERE merge_id IN (<ids>) GROUP BY merge_id, table_name, action ORDER BY merge_id, table_name""")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(
                        rs.getLong(1),
                        new Moved(
                                rs.getString(3).equals("COPIED") ? Moved.PHONES_COPIED : rs.getString(2),
                                rs.getLong(4))))
                .forEach(e -> moved.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> new MergeEntry(
                        r.id(),
                        new PartnerId(r.survivor()),
                        Arrays.stream(r.merged().split(","))
                                .map(PartnerId::parse)
                                .toList(),
                        r.actor(),
                        r.reason(),
                        r.evidence().isEmpty()
                                ? List.of()
                                : List.of(r.evidence().replace("\t", ": ").split("\n")),
                        r.at(),
                        r.undoneAt(),
                        r.undoneBy(),
                        moved.getOrDefault(r.id(), List.of()),
                        overwritten(MergeImage.parse(r.image()))))
                .toList();
    }

    private static List<FieldChange> overwritten(MergeImage image) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : List.of("status", "name", "email", "address")) {
            String before = image.get("survivor." + field);
            String after = image.get("survivor." + field + ".after");
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }
}
