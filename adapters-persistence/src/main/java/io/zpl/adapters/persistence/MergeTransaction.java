package io.zpl.adapters.persistence;

import io.zpl.adapters.persistence.PartnerReferences.Catalog;
import io.zpl.adapters.persistence.PartnerReferences.Reference;
import io.zpl.adapters.persistence.PartnerReferences.Treatment;
import io.zpl.application.port.out.Fingerprint;
import io.zpl.application.port.out.Merges.MergeExecution;
import io.zpl.application.port.out.Merges.MergeOutcome;
import io.zpl.domain.duplicate.SuspectedGroup;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One merge, one transaction: lock the partners in id order, check nothing changed since the preview, re-point every
 * referencing row, unite the phones, turn the others into tombstones, update the survivor, resolve their duplicate
 * groups and journal every moved row and overwritten value. Any failure rolls everything back.
 */
final class MergeTransaction {

    /** A hook for tests that need to stop a merge between two steps; does nothing in production. */
    interface StepListener {
        void after(String step, Handle transaction);
    }

    static volatile StepListener steps = (step, transaction) -> {};

    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private MergeTransaction() {}

    static MergeOutcome run(Jdbi jdbi, JdbiMerges merges, MergeExecution execution) {
        try {
            return jdbi.inTransaction(h -> merge(h, merges.catalog(h), execution));
        } catch (Refused e) {
            return new MergeOutcome.Blocked(e.getMessage());
        } catch (JdbiException e) {
            if (causedBy(e, SQLTransactionRollbackException.class)) {
                return new MergeOutcome.Stale(List.of("another change to these partners was written at the same time"));
            }
            throw e;
        }
    }

    private static MergeOutcome merge(Handle h, Catalog catalog, MergeExecution x) {
        PartnerId survivor = x.plan().survivor();
        List<Long> all = x.plan().all().stream().map(PartnerId::value).sorted().toList();
        List<Long> merged = JdbiPartnerCards.ids(x.plan().merged());
        Fingerprint now = MergeScan.of(h, all, catalog, true).fingerprint();
        List<String> changes = now.changesSince(x.previewed());
        if (!changes.isEmpty()) {
            h.rollback();
            return new MergeOutcome.Stale(changes);
        }
        steps.after("locked", h);
        Map<PartnerId, Partner> before = JdbiMerges.partners(h, all, false);
        long mergeId = h.createUpdate("""
                        INSERT INTO merge_journal (survivor_id, merged_ids, actor, reason, evidence, before_image, merged_at)
                        VALUES (:survivor, :merged, :actor, :reason, :evidence, '', :at)""")
                .bind("survivor", survivor.value())
                .bind("merged", merged.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .bind("actor", x.actor())
                .bind("reason", x.reason())
                .bind(
                        "evidence",
                        x.evidence().stream().map(SuspectedGroup::line).collect(Collectors.joining("\n")))
                .bind("at", Rows.utc(x.now()))
                .executeAndReturnGeneratedKeys("merge_id")
                .mapTo(Long.class)
                .one();
        Map<String, Long> moved = new LinkedHashMap<>();
        for (Reference ref : catalog.treated(Treatment.REPOINT)) {
            long rows = repoint(h, mergeId, ref, merged, survivor);
            if (rows > 0) {
                moved.put(ref.table(), rows);
            }
            steps.after(ref.table(), h);
        }
        long copied = unitePhones(h, mergeId, before, x);
        if (copied > 0) {
            moved.put(Moved.PHONES_COPIED, copied);
        }
        MergeImage image = tombstonesAndSurvivor(h, before, x);
        resolveGroups(h, mergeId, merged);
        h.createUpdate("UPDATE merge_journal SET before_image = :image WHERE merge_id = :id")
                .bind("image", image.text())
                .bind("id", mergeId)
                .execute();
        steps.after("journaled", h);
        return new MergeOutcome.Done(
                mergeId,
                moved.entrySet().stream()
                        .map(e -> new Moved(e.getKey(), e.getValue()))
                        .toList());
    }

    private static long repoint(Handle h, long mergeId, Reference ref, List<Long> merged, PartnerId survivor) {
        String version = ref.versioned() ? "version" : "NULL";
        List<long[]> rows = h.createQuery("SELECT " + ref.primaryKey() + ", " + ref.column() + ", " + version + " FROM "
                        + ref.table() + " WHERE " + ref.column() + " IN (<ids>) FOR UPDATE")
                .bindList("ids", merged)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list();
        if (rows.isEmpty()) {
            return 0;
        }
        try {
            h.createUpdate("UPDATE " + ref.table() + " SET " + ref.column() + " = :survivor"
                            + (ref.versioned() ? ", version = version + 1" : "") + " WHERE " + ref.column()
                            + " IN (<ids>)")
                    .bind("survivor", survivor.value())
                    .bindList("ids", merged)
                    .execute();
        } catch (JdbiException e) {
            if (causedBy(e, SQLIntegrityConstraintViolationException.class)) {
                throw new Refused("Moving the rows of " + ref.table() + " to partner " + survivor
                        + " would break one of its unique keys; nothing was merged. Resolve the clash in "
                        + ref.table() + " first: rows are never deleted to make a merge pass.");
            }
            throw e;
        }
        var batch = h.prepareBatch("""
                INSERT INTO merge_moved_row (merge_id, table_name, column_name, row_id, from_partner_id, version_after, action)
                VALUES (:merge, :table, :column, :row, :from, :version, 'MOVED')""");
        for (long[] row : rows) {
            batch.bind("merge", mergeId)
                    .bind("table", ref.table())
                    .bind("column", ref.column())
                    .bind("row", row[0])
                    .bind("from", row[1])
                    .bind("version", ref.versioned() ? Integer.valueOf((int) row[2] + 1) : null)
                    .add();
        }
        batch.execute();
        return rows.size();
    }

    /** Phones are united, never dropped: the survivor gets each phone it lacks; the tombstones keep theirs. */
    private static long unitePhones(Handle h, long mergeId, Map<PartnerId, Partner> before, MergeExecution x) {
        Set<PhoneNumber> have = new HashSet<>(before.get(x.plan().survivor()).phones());
        long copied = 0;
        for (PartnerId from : x.plan().merged()) {
            for (PhoneNumber phone : before.get(from).phones()) {
                if (have.add(phone)) {
                    long phoneId = h.createUpdate(
                                    "INSERT INTO partner_phone (partner_id, phone_e164) VALUES (:partner, :phone)")
                            .bind("partner", x.plan().survivor().value())
                            .bind("phone", phone.e164())
                            .executeAndReturnGeneratedKeys("phone_id")
                            .mapTo(Long.class)
                            .one();
                    h.createUpdate("""
                                    INSERT INTO merge_moved_row
                                        (merge_id, table_name, column_name, row_id, from_partner_id, action)
                                    VALUES (:merge, 'partner_phone', 'partner_id', :row, :from, 'COPIED')""")
                            .bind("merge", mergeId)
                            .bind("row", phoneId)
                            .bind("from", from.value())
                            .execute();
                    copied++;
                }
            }
        }
        return copied;
    }

    private static MergeImage tombstonesAndSurvivor(Handle h, Map<PartnerId, Partner> before, MergeExecution x) {
        var image = new MergeImage();
        PartnerId survivor = x.plan().survivor();
        for (PartnerId id : x.plan().merged()) {
            h.createUpdate("""
                            UPDATE partner SET status = 'MERGED', merged_into = :survivor, version = version + 1,
                                updated_at = :now WHERE partner_id = :id""")
                    .bind("survivor", survivor.value())
                    .bind("now", Rows.utc(x.now()))
                    .bind("id", id.value())
                    .execute();
            image.put("merged." + id + ".status", before.get(id).status());
        }
        Partner old = before.get(survivor);
        Partner after = x.survivorAfter();
        image.put("survivor.status", old.status())
                .put("survivor.name", old.name())
                .put("survivor.email", old.email())
                .put("survivor.address", old.address())
                .put("survivor.status.after", after.status())
                .put("survivor.name.after", after.name())
                .put("survivor.email.after", after.email())
                .put("survivor.address.after", after.address());
        h.createUpdate("""
                        UPDATE partner SET status = :status, name = :name, name_key = :nameKey, email = :email,
                            address = :address, version = version + 1, updated_at = :now
                        WHERE partner_id = :id""")
                .bind("status", after.status().name())
                .bind("name", after.name())
                .bind("nameKey", NameKey.of(after.name()).value())
                .bind("email", after.email())
                .bind("address", after.address())
                .bind("now", Rows.utc(x.now()))
                .bind("id", survivor.value())
                .execute();
        h.createQuery("SELECT partner_id, version FROM partner WHERE partner_id IN (<ids>)")
                .bindList("ids", JdbiPartnerCards.ids(x.plan().all()))
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .forEach(e -> image.put("version." + e.getKey(), e.getValue()));
        return image;
    }

    /** Every open or dismissed group holding a merged partner is resolved; the journal keeps its state for undo. */
    private static void resolveGroups(Handle h, long mergeId, List<Long> merged) {
        List<Map.Entry<Long, String>> groups = h.createQuery("""
                        SELECT DISTINCT g.group_id, g.state FROM duplicate_group g
                        JOIN duplicate_group_member m ON m.group_id = g.group_id
                        WHERE m.partner_id IN (<ids>) AND g.state IN ('OPEN', 'DISMISSED')
                        ORDER BY g.group_id FOR UPDATE""")
                .bindList("ids", merged)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list();
        if (groups.isEmpty()) {
            return;
        }
        var journal = h.prepareBatch(
                "INSERT INTO merge_resolved_group (merge_id, group_id, previous_state) VALUES (:merge, :group, :state)");
        groups.forEach(g -> journal.bind("merge", mergeId)
                .bind("group", g.getKey())
                .bind("state", g.getValue())
                .add());
        journal.execute();
        h.createUpdate("UPDATE duplicate_group SET state = 'RESOLVED', updated_at = UTC_TIMESTAMP(6) "
                        + "WHERE group_id IN (<ids>)")
                .bindList("ids", groups.stream().map(Map.Entry::getKey).toList())
                .execute();
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
