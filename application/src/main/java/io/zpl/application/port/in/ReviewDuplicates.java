package io.zpl.application.port.in;

import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.duplicate.Evidence;
import io.zpl.domain.zalo.OaId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The CS Lead's queue of suspected duplicates, strongest tier first, and dismissing a group. */
public interface ReviewDuplicates {

    int MAX_LIMIT = 200;

    DuplicatePage list(Actor actor, DuplicateQuery query);

    /** "Not the same person": the group stays dismissed until new evidence appears. */
    void dismiss(Actor actor, long groupId, String reason);

    enum GroupState {
        OPEN,
        DISMISSED,
        RESOLVED
    }

    /**
     * Open groups, optionally touching one OA; {@code tier} null means every tier but {@link DuplicateTier#POSSIBLE},
     * which is shown only on request. {@code after} is the opaque cursor of the previous page.
     */
    record DuplicateQuery(
            @Nullable OaId oaId,
            @Nullable DuplicateTier tier,
            @Nullable String after,
            int limit) {
        public DuplicateQuery {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
            }
            if (after != null && !after.matches("[0-3]\\.[0-9]{1,18}")) {
                throw new IllegalArgumentException("'after' is not a cursor this server gave out");
            }
        }

        public int afterRank() {
            return after == null ? -1 : Integer.parseInt(after.substring(0, 1));
        }

        public long afterGroupId() {
            return after == null ? 0 : Long.parseLong(after.substring(2));
        }

        public static String cursor(DuplicateGroupView last) {
            return last.tier().ordinal() + "." + last.groupId();
        }
    }

    record DuplicateGroupView(
            long groupId, DuplicateTier tier, GroupState state, List<PartnerCard> partners, List<Evidence> evidence) {}

    record DuplicatePage(
            List<DuplicateGroupView> items, @Nullable String next) {}
}
