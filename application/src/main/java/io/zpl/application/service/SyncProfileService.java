package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListProfileHistory;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.SyncProfile;
import io.zpl.application.port.out.LinkSyncs;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.service.ProfileSyncer.Attempt;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ProfileChange;
import io.zpl.domain.link.ZaloPartnerLink;
import java.util.List;

public final class SyncProfileService implements SyncProfile, ListProfileHistory {

    private static final int HISTORY_SHOWN = 10;

    private final PartnerLinks links;
    private final OfficialAccounts accounts;
    private final LinkSyncs syncs;
    private final ProfileSyncer syncer;

    public SyncProfileService(PartnerLinks links, OfficialAccounts accounts, LinkSyncs syncs, ProfileSyncer syncer) {
        this.links = links;
        this.accounts = accounts;
        this.syncs = syncs;
        this.syncer = syncer;
    }

    @Override
    public SyncResult sync(Actor actor, LinkId linkId) {
        actor.require(Role.ZALO_ADMIN);
        ZaloPartnerLink link = link(linkId);
        var oa = accounts.find(link.oaId())
                .orElseThrow(() -> new NotFound("OA_NOT_FOUND", "The link's Official Account no longer exists."));
        return switch (syncer.attempt(link, oa)) {
            case Attempt.Finished finished -> finished.result();
            case Attempt.Halted halted ->
                new SyncResult(
                        halted.outcome(),
                        null,
                        halted.reason(),
                        links.find(linkId).orElse(link));
        };
    }

    @Override
    public List<ProfileChange> history(Actor actor, LinkId linkId) {
        actor.requireAnyRole();
        link(linkId);
        return syncs.history(linkId, HISTORY_SHOWN);
    }

    private ZaloPartnerLink link(LinkId id) {
        return links.find(id)
                .orElseThrow(() -> new NotFound("LINK_NOT_FOUND", "There is no Zalo partner link " + id + "."));
    }
}
