package io.zpl.adapters.persistence;

import io.zpl.adapters.persistence.PartnerReferences.Catalog;
import io.zpl.adapters.persistence.PartnerReferences.Reference;
import io.zpl.adapters.persistence.PartnerReferences.Treatment;
import io.zpl.application.port.out.Merges;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The merge and its undo as single MariaDB transactions over every column the catalog says references a partner.
 * Reads happen here; the transactions themselves live in {@link MergeTransaction} and {@link UndoTransaction}.
 */
public final class JdbiMerges implements Merges {

    private final Jdbi jdbi;
    private volatile @Nullable Catalog catalog;

    public JdbiMerges(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The catalog is read once: the schema only changes through a migration, which restarts the application. */
    Catalog catalog(Handle h) {
        Catalog known = catalog;
        if (known == null) {
            known = PartnerReferences.read(h).requireComplete();
            catalog = known;
        }
        return known;
    }

    @Override
    public MergeSnapshot snapshot(MergePlan plan) {
        return jdbi.withHandle(h -> {
            Catalog refs = catalog(h);
            List<Long> ids = JdbiPartnerCards.ids(plan.all());
            Map<PartnerId, Partner> partners = partners(h, ids, false);
            Map<PartnerId, PartnerCard> cards = new HashMap<>();
            JdbiPartnerCards.cards(h, plan.all()).forEach(card -> cards.put(card.id(), card));
            MergeScan.Result scan = MergeScan.of(h, ids, refs, false);
            List<TableRows> rows = refs.treated(Treatment.REPOINT).stream()
                    .map(ref -> new TableRows(
                            ref.table(), ref.column(), scan.rowsPerReference().getOrDefault(ref.name(), Map.of())))
                    .toList();
            return new MergeSnapshot(
                    partners,
                    cards,
                    JdbiPartnerCards.totals(h, ids),
                    rows,
                    uniqueConflicts(h, refs, plan),
                    scan.fingerprint());
        });
    }

    @Override
    public MergeOutcome execute(MergeExecution execution) {
        return MergeTransaction.run(jdbi, this, execution);
    }

    @Override
    public UndoOutcome undo(long mergeId, String actor, Instant now, Instant windowStart) {
        return UndoTransaction.run(jdbi, this, mergeId, actor, now, windowStart);
    }

    @Override
    public List<MergeEntry> journal(@Nullable Long beforeId, int limit) {
        return jdbi.withHandle(h -> MergeJournalRows.entries(
                h,
                h.createQuery(
                                "SELECT * FROM merge_journal WHERE merge_id < :before ORDER BY merge_id DESC LIMIT :limit")
                        .bind("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                        .bind("limit", limit)));
    }

    @Override
    public Optional<MergeEntry> entry(long mergeId) {
        return jdbi.withHandle(h ->
                MergeJournalRows.entries(
                                h,
                                h.createQuery("SELECT * FROM merge_journal WHERE merge_id = :id")
                                        .bind("id", mergeId))
                        .stream()
                        .findFirst());
    }

    @Override
    public List<MergeEntry> journalTouching(PartnerId partner, int limit) {
        return jdbi.withHandle(h -> MergeJournalRows.entries(
                h, h.createQuery("""
                                SELECT * FROM merge_journal
                                WHERE survivor_id = :id OR FIND_IN_SET(:id, merged_ids)
                                ORDER BY merge_id DESC LIMIT :limit""").bind("id", partner.value()).bind("limit", limit)));
    }

    static Map<PartnerId, Partner> partners(Handle h, List<Long> ids, boolean lock) {
        Map<Long, Set<PhoneNumber>> phones = new HashMap<>();
        h.createQuery("SELECT partner_id, phone_e164 FROM partner_phone WHERE partner_id IN (<ids>) ORDER BY phone_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new PhoneNumber(rs.getString(2))))
                .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                        .add(e.getValue()));
        Map<PartnerId, Partner> partners = new HashMap<>();
        h.createQuery("SELECT * FROM partner WHERE partner_id IN (<ids>) ORDER BY partner_id"
                        + (lock ? " FOR UPDATE" : ""))
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("partner_id");
                    long into = rs.getLong("merged_into");
                    PartnerId survivor = rs.wasNull() ? null : new PartnerId(into);
                    return new Partner(
                            new PartnerId(id),
                            PartnerStatus.valueOf(rs.getString("status")),
                            rs.getString("name"),
                            phones.getOrDefault(id, Set.of()),
                            rs.getString("email"),
                            rs.getString("address"),
                            rs.getString("origin"),
                            survivor);
                })
                .forEach(p -> partners.put(p.id(), p));
        return partners;
    }

    /** Rows that could not share the survivor without breaking a unique key (we never delete one to make room). */
    static List<MergeConflict> uniqueConflicts(Handle h, Catalog refs, MergePlan plan) {
        List<Long> all = JdbiPartnerCards.ids(plan.all());
        List<MergeConflict> conflicts = new ArrayList<>();
        for (Reference ref : refs.treated(Treatment.REPOINT)) {
            for (List<String> others : ref.uniqueKeysWithColumn()) {
                String sql = others.isEmpty()
                        ? "SELECT GREATEST(COUNT(*) - 1, 0) FROM " + ref.table() + " WHERE " + ref.column()
                                + " IN (<all>)"
                        : "SELECT COUNT(*) FROM " + ref.table() + " a JOIN " + ref.table() + " b ON "
                                + others.stream()
                                        .map(c -> "a." + c + " = b." + c)
                                        .collect(Collectors.joining(" AND "))
                                + " WHERE a." + ref.column() + " IN (<all>) AND b." + ref.column() + " IN (<all>)"
                                + " AND a." + ref.column() + " < b." + ref.column();
                long clashes = h.createQuery(sql)
                        .bindList("all", all)
                        .mapTo(Long.class)
                        .one();
                if (clashes > 0) {
                    conflicts.add(new MergeConflict(
                            MergeConflict.Code.UNIQUE_CONSTRAINT,
                            clashes + " row(s) of " + ref.table() + " would collide on its unique key ("
                                    + String.join(", ", others.isEmpty() ? List.of(ref.column()) : others)
                                    + ") once they belong to one partner. Resolve them in " + ref.table()
                                    + " first: rows are never deleted to make a merge pass.",
                            true));
                }
            }
        }
        return conflicts;
    }
}
