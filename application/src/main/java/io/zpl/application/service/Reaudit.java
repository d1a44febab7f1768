package io.zpl.application.service;

import io.zpl.application.port.out.AuditStatistics;
import io.zpl.application.port.out.AuditStatistics.OaCounts;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.zalo.OaId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The readiness checkpoint of the OAs a merge or an undo touched, evaluated right after it. */
public final class Reaudit {

    private final OfficialAccounts accounts;
    private final AuditStatistics statistics;
    private final Clock clock;
    private final AuditPolicy policy;

    public Reaudit(OfficialAccounts accounts, AuditStatistics statistics, Clock clock, AuditPolicy policy) {
        this.accounts = accounts;
        this.statistics = statistics;
        this.clock = clock;
        this.policy = policy;
    }

    public List<OaReadiness> of(Collection<OaId> oas) {
        if (oas.isEmpty()) {
            return List.of();
        }
        var counts = statistics.countsPerOa(policy.staleBefore(clock.now()));
        return oas.stream()
                .distinct()
                .flatMap(oa -> accounts.find(oa).stream())
                .map(oa -> {
                    OaCounts c = counts.getOrDefault(oa.id(), OaCounts.NONE);
                    return OaReadiness.evaluate(oa.id(), oa.status(), c.links(), c.suspectedDuplicates(), c.stale());
                })
                .sorted(Comparator.comparing(r -> r.oaId().value()))
                .toList();
    }
}
