package io.zpl.domain.duplicate;

import io.zpl.domain.zalo.OaId;
import org.jspecify.annotations.Nullable;

/**
 * Open groups, optionally touching one OA; {@code tier} null means every tier but {@link DuplicateTier#POSSIBLE},
 * which is shown only on request. {@code after} is the opaque cursor of the previous page.
 */
public record DuplicateQuery(
        @Nullable OaId oaId,
        @Nullable DuplicateTier tier,
        @Nullable String after,
        int limit) {

    public static final int MAX_LIMIT = 200;

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
