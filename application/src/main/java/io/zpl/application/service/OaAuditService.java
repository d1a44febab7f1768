package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.AuditOfficialAccount;
import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.AuditedLink;
import io.zpl.application.port.in.AuditedLink.PartnerSummary;
import io.zpl.application.port.in.CheckOaReadiness;
import io.zpl.application.port.in.FindingCounts;
import io.zpl.application.port.in.LinkPage;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkAudits.LinkFilter;
import io.zpl.application.port.out.LinkAudits.LinkRow;
import io.zpl.application.port.out.LinkCursor;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.Findings;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.List;

/** The audit of one OA's Zalo Partners and its readiness checkpoint; both for Zalo Admins only. */
public final class OaAuditService implements AuditOfficialAccount, CheckOaReadiness {

    private final OfficialAccounts accounts;
    private final LinkAudits audits;
    private final Clock clock;
    private final AuditPolicy policy;

    public OaAuditService(OfficialAccounts accounts, LinkAudits audits, Clock clock, AuditPolicy policy) {
        this.accounts = accounts;
        this.audits = audits;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public LinkPage page(Actor actor, AuditQuery query) {
        actor.require(Role.ZALO_ADMIN);
        LinkCursor after = query.after() == null ? null : LinkCursor.decode(query.after(), query.sort());
        existing(query.oaId());
        Instant staleBefore = staleBefore();
        List<LinkRow> rows = audits.page(filter(query, staleBefore), query.sort(), after, query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<LinkRow> shown = more ? rows.subList(0, query.limit()) : rows;
        String next =
                more ? LinkCursor.after(query.sort(), shown.getLast().link()).encode() : null;
        return new LinkPage(shown.stream().map(row -> audited(row, staleBefore)).toList(), next);
    }

    @Override
    public FindingCounts countFindings(Actor actor, OaId oaId) {
        actor.require(Role.ZALO_ADMIN);
        OfficialAccount oa = existing(oaId);
        var tally = audits.tally(oaId, staleBefore());
        return new FindingCounts(oa.name(), tally.links(), tally.perFinding());
    }

    @Override
    public void exportCsv(Actor actor, AuditQuery query, Appendable out) {
        actor.require(Role.ZALO_ADMIN);
        existing(query.oaId());
        Instant staleBefore = staleBefore();
        AuditCsv.writeHeader(out);
        audits.forEach(
                filter(query, staleBefore), query.sort(), row -> AuditCsv.writeRow(out, audited(row, staleBefore)));
    }

    @Override
    public OaReadiness check(Actor actor, OaId oaId) {
        actor.require(Role.ZALO_ADMIN);
        return Reaudit.readiness(existing(oaId), audits.tally(oaId, staleBefore()));
    }

    static AuditedLink audited(LinkRow row, Instant staleBefore) {
        return new AuditedLink(
                row.link(),
                new PartnerSummary(row.link().partnerId(), row.partnerName(), row.partnerStatus()),
                Findings.of(row.facts(), staleBefore));
    }

    private LinkFilter filter(AuditQuery query, Instant staleBefore) {
        return new LinkFilter(
                query.oaId(), query.findings(), query.text() == null ? null : SearchText.of(query.text()), staleBefore);
    }

    private Instant staleBefore() {
        return policy.staleBefore(clock.now());
    }

    private OfficialAccount existing(OaId oaId) {
        return accounts.find(oaId)
                .orElseThrow(() -> new NotFound("OA_NOT_FOUND", "There is no Official Account " + oaId + "."));
    }
}
