package io.zpl.application.port.out;

import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.Evidence;
import io.zpl.domain.duplicate.SuspectedGroup;
import io.zpl.domain.partner.PartnerId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The stored duplicate groups and their review state (OPEN, DISMISSED, RESOLVED). */
public interface DuplicateGroups {

    /**
     * Reconciles stored groups with what a scan found. {@code scope} empty means a full scan: every open group not
     * found again is dropped; otherwise only the open groups touching those partners are. A found group that a
     * dismissed group already covers (same or fewer evidence) stays dismissed; new evidence reopens it.
     */
    SyncCounts sync(Optional<Set<PartnerId>> scope, List<SuspectedGroup> found, Instant now);

    /** Up to {@code limit} open groups matching the query, after its cursor. */
    List<DuplicateGroupView> page(DuplicateQuery query, int limit);

    Optional<DuplicateGroupView> find(long groupId);

    /** Answers false when the group is not open (already dismissed or resolved). */
    boolean dismiss(long groupId, String actor, String reason, Instant now);

    /** The evidence of the open groups that join two or more of these partners, for the merge journal. */
    List<Evidence> openEvidenceAmong(Collection<PartnerId> partners);

    record SyncCounts(int opened, int reopened, int updated, int keptDismissed, int dropped) {}
}
