package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ViewPartnerLink;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.oa.OfficialAccount;

public final class PartnerLinkViewService implements ViewPartnerLink {

    private final OfficialAccounts accounts;
    private final LinkAudits audits;
    private final Clock clock;
    private final AuditPolicy policy;

    public PartnerLinkViewService(OfficialAccounts accounts, LinkAudits audits, Clock clock, AuditPolicy policy) {
        this.accounts = accounts;
        this.audits = audits;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public LinkDetails view(Actor actor, LinkId linkId) {
        actor.require(Role.ZALO_ADMIN);
        var row = audits.find(linkId)
                .orElseThrow(() -> new NotFound("LINK_NOT_FOUND", "There is no Zalo partner link " + linkId + "."));
        String oaName = accounts.find(row.link().oaId())
                .map(OfficialAccount::name)
                .orElse(row.link().oaId().value());
        return new LinkDetails(
                OaAuditService.audited(row, policy.staleBefore(clock.now())),
                oaName,
                audits.latestMessages(linkId, LATEST_MESSAGES));
    }
}
