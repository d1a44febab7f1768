package io.zpl.application.port.in;

import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The CS Lead's queue of suspected duplicates, strongest tier first, and dismissing a group. */
public interface ReviewDuplicates {

    int MAX_LIMIT = DuplicateQuery.MAX_LIMIT;

    DuplicatePage list(Actor actor, DuplicateQuery query);

    /** "Not the same person": the group stays dismissed until new evidence appears. */
    void dismiss(Actor actor, long groupId, String reason);

    record DuplicatePage(
            List<DuplicateGroupView> items, @Nullable String next) {}
}
