package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.out.AuditStatistics;
import io.zpl.application.port.out.AuditStatistics.OaCounts;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.oa.ZaloApp;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

public final class OfficialAccountOverviewService implements ListOfficialAccounts {

    private final OfficialAccounts accounts;
    private final ZaloApps apps;
    private final AuditStatistics statistics;
    private final Clock clock;
    private final AuditPolicy policy;

    public OfficialAccountOverviewService(
            OfficialAccounts accounts, ZaloApps apps, AuditStatistics statistics, Clock clock, AuditPolicy policy) {
        this.accounts = accounts;
        this.apps = apps;
        this.statistics = statistics;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public List<OfficialAccountOverview> list(Actor actor) {
        actor.requireAnyRole();
        var appNames = apps.all().stream().collect(Collectors.toMap(ZaloApp::id, ZaloApp::name));
        var counts = statistics.countsPerOa(policy.staleBefore(clock.now()));
        return accounts.all().stream()
                .map(oa -> {
                    OaCounts c = counts.getOrDefault(oa.id(), OaCounts.NONE);
                    var readiness =
                            OaReadiness.evaluate(oa.id(), oa.status(), c.links(), c.suspectedDuplicates(), c.stale());
                    return new OfficialAccountOverview(
                            oa.id(),
                            oa.name(),
                            oa.appId(),
                            appNames.getOrDefault(oa.appId(), oa.appId().value()),
                            oa.status(),
                            c.links(),
                            c.shadows(),
                            c.suspectedDuplicates(),
                            c.stale(),
                            readiness.ready());
                })
                .sorted(Comparator.comparing(OfficialAccountOverview::name))
                .toList();
    }
}
