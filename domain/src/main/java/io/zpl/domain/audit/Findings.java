package io.zpl.domain.audit;

import io.zpl.domain.partner.PartnerStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The Quick Decision Table applied to one link: which findings it has, in the table's order. */
public final class Findings {

    private Findings() {}

    /**
     * Evaluates a link; a profile synced before {@code staleBefore} (or never) is stale, one synced exactly at it is
     * still current.
     */
    public static Set<Finding> of(LinkFacts link, Instant staleBefore) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        if (link.partnerStatus() == PartnerStatus.SHADOW) {
            found.add(Finding.SHADOW_UNVERIFIED);
        }
        if (link.inOpenDuplicateGroup()) {
            found.add(Finding.SUSPECTED_DUPLICATE);
        }
        if (isStale(link.sync().profileSyncedAt(), staleBefore)) {
            found.add(Finding.STALE_PROFILE);
        }
        if (link.sync().lastOutcome() != null && link.sync().lastOutcome().isPermanentFailure()) {
            found.add(Finding.SYNC_FAILING);
        }
        if (link.messages().isEmpty()) {
            found.add(Finding.NO_MESSAGE_HISTORY);
        }
        return found;
    }

    public static boolean isStale(@Nullable Instant profileSyncedAt, Instant staleBefore) {
        return profileSyncedAt == null || profileSyncedAt.isBefore(staleBefore);
    }
}
