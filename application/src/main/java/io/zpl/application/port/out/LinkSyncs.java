package io.zpl.application.port.out;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ZaloPartnerLink;
import java.util.List;
import java.util.Optional;

/** Where Sync Profile writes: the link's profile and sync columns only, and the name/avatar history. */
public interface LinkSyncs {

    /**
     * Stores the link's profile and sync state (not its messages or partner, which others change concurrently) and,
     * in the same transaction, the replaced name/avatar; keeps the newest {@code HISTORY_KEPT} history rows.
     */
    void store(ZaloPartnerLink link, Optional<ProfileChange> replaced);

    /** Newest first. */
    List<ProfileChange> history(LinkId link, int limit);

    int HISTORY_KEPT = 20;
}
