package io.zpl.application.port.out;

import io.zpl.domain.duplicate.Evidence;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.merge.Totals;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The merge transaction and its journal. The adapter finds every column that references a partner in the database
 * catalog, re-points them in one transaction with the partners locked, and records each moved row so the merge can be
 * undone exactly.
 */
public interface Merges {

    /** What a merge of these partners would touch, read without locks; partners that do not exist are absent. */
    MergeSnapshot snapshot(MergePlan plan);

    MergeOutcome execute(MergeExecution execution);

    /** Undoes a merge made at or after {@code windowStart}, if nothing it moved has changed since. */
    UndoOutcome undo(long mergeId, String actor, Instant now, Instant windowStart);

    /** Newest first; {@code beforeId} is the last merge id of the previous page. */
    List<MergeEntry> journal(@Nullable Long beforeId, int limit);

    Optional<MergeEntry> entry(long mergeId);

    /** Merges with {@code partner} as survivor or among the merged, newest first. */
    List<MergeEntry> journalTouching(PartnerId partner, int limit);

    record MergeSnapshot(
            Map<PartnerId, Partner> partners,
            Map<PartnerId, PartnerCard> cards,
            Map<PartnerId, Totals> totals,
            List<TableRows> rows,
            List<MergeConflict> storageConflicts,
            Fingerprint fingerprint) {}

    /** The rows of one referencing column, counted per partner. */
    record TableRows(String table, String column, Map<PartnerId, Long> rowsPerPartner) {}

    record MergeExecution(
            MergePlan plan,
            Partner survivorAfter,
            Fingerprint previewed,
            String actor,
            String reason,
            List<Evidence> evidence,
            Instant now) {}

    sealed interface MergeOutcome {
        record Done(long mergeId, List<Moved> moved) implements MergeOutcome {}

        /** Something changed since the preview: the parts named. */
        record Stale(List<String> changes) implements MergeOutcome {}

        /** The database refused a move (a unique constraint); nothing was written. */
        record Blocked(String detail) implements MergeOutcome {}
    }

    sealed interface UndoOutcome {
        record Undone(MergeEntry entry) implements UndoOutcome {}

        record Refused(String code, String detail) implements UndoOutcome {}
    }
}
