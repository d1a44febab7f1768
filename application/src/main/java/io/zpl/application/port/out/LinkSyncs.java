package io.zpl.application.port.out;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ZaloPartnerLink;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where Sync Profile writes: the link's profile and sync columns only, and the name/avatar history. */
public interface LinkSyncs {

    /** One link's synced state, and the name/avatar it replaced if either changed. */
    record SyncWrite(ZaloPartnerLink link, Optional<ProfileChange> replaced) {}

    /**
     * Stores the link's profile and sync state (not its messages or partner, which others change concurrently) and,
     * in the same transaction, the replaced name/avatar; keeps the newest {@code HISTORY_KEPT} history rows.
     */
    void store(SyncWrite write);

    /**
     * Stores several links as {@link #store} would, in one transaction; when that fails, each link in its own, so one
     * link that cannot be written loses no other's outcome. Answers the links whose own write failed too.
     */
    Set<LinkId> storeAll(List<SyncWrite> writes);

    /** Newest first. */
    List<ProfileChange> history(LinkId link, int limit);

    int HISTORY_KEPT = 20;
}
