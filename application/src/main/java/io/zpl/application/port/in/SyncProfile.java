package io.zpl.application.port.in;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.zalo.ZaloError;
import org.jspecify.annotations.Nullable;

/** Step 2 of the guide: refresh one link's Zalo profile (name, avatar, alias, follower, interaction, shared info). */
public interface SyncProfile {

    /** Zalo Admins only. Zalo's refusals are outcomes, not exceptions; the link is returned as stored afterwards. */
    SyncResult sync(Actor actor, LinkId link);

    record SyncResult(SyncOutcome outcome, @Nullable ZaloError zaloError, String detail, ZaloPartnerLink link) {}
}
