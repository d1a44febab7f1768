package io.zpl.domain.merge;

import io.zpl.domain.partner.PartnerId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of the merge journal: who merged what into whom, when and why, on which evidence, and what moved. */
public record MergeEntry(
        long mergeId,
        PartnerId survivorId,
        List<PartnerId> mergedIds,
        String actor,
        String reason,
        List<String> evidence,
        Instant mergedAt,
        @Nullable Instant undoneAt,
        @Nullable String undoneBy,
        List<Moved> moved,
        List<FieldChange> overwritten) {

    public MergeEntry {
        mergedIds = List.copyOf(mergedIds);
        evidence = List.copyOf(evidence);
        moved = List.copyOf(moved);
        overwritten = List.copyOf(overwritten);
    }

    public boolean undone() {
        return undoneAt != null;
    }

    /** A survivor field the merge overwrote, with its value before. */
    public record FieldChange(
            String field, @Nullable String before, @Nullable String after) {}
}
