package io.zpl.application.port.in;

import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.merge.MergeEntry;
import java.time.Duration;
import java.util.List;

/**
 * Restores the state before a merge exactly, within the undo window; refuses with {@link Conflict} {@code
 * UNDO_CONFLICT} naming what changed since, or {@code UNDO_WINDOW_CLOSED}. CS Lead only.
 */
public interface UndoMerge {

    Duration DEFAULT_WINDOW = Duration.ofDays(30);

    UndoResult undo(Actor actor, long mergeId);

    record UndoResult(MergeEntry entry, List<OaReadiness> reaudit) {}
}
