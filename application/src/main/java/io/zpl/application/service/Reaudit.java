package io.zpl.application.service;

import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkAudits.FindingTally;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The readiness checkpoint of the OAs a merge or an undo touched, evaluated right after it the way the readiness check
 * does: index range counts of each touched OA only (never a pass over every link of every OA).
 */
public final class Reaudit {

    private final OfficialAccounts accounts;
    private final LinkAudits audits;
    private final Clock clock;
    private final AuditPolicy policy;

    public Reaudit(OfficialAccounts accounts, LinkAudits audits, Clock clock, AuditPolicy policy) {
        this.accounts = accounts;
        this.audits = audits;
        this.clock = clock;
        this.policy = policy;
    }

    public List<OaReadiness> of(Collection<OaId> oas) {
        Instant staleBefore = policy.staleBefore(clock.now());
        return oas.stream()
                .distinct()
                .sorted(Comparator.comparing(OaId::value))
                .flatMap(oa -> accounts.find(oa).stream())
                .map(oa -> readiness(oa, audits.tally(oa.id(), staleBefore)))
                .toList();
    }

    static OaReadiness readiness(OfficialAccount oa, FindingTally tally) {
        return OaReadiness.evaluate(
                oa.id(),
                oa.status(),
                tally.links(),
                tally.of(Finding.SUSPECTED_DUPLICATE),
                tally.of(Finding.STALE_PROFILE));
    }
}
