package io.zpl.config;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OfficialAccount;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code officialAccounts} health component: DEGRADED while any OA is EXPIRED (its token could not be refreshed) or
 * ERROR (Zalo refused it), naming each with its reason for Zalo Admins. DEGRADED answers HTTP 200 and leaves the
 * liveness and readiness probes alone: an OA that needs reconnecting is work for an admin, not a reason to take the
 * server out of the load balancer.
 */
final class OfficialAccountsHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "An Official Account needs a Zalo Admin to reconnect it");

    private final OfficialAccounts accounts;

    OfficialAccountsHealth(OfficialAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Health health() {
        var counts = new LinkedHashMap<String, Long>();
        var needReconnecting = new LinkedHashMap<String, Map<String, String>>();
        for (OfficialAccount oa : accounts.all()) {
            counts.merge(oa.status().name(), 1L, Long::sum);
            if (oa.status() == OaStatus.EXPIRED || oa.status() == OaStatus.ERROR) {
                needReconnecting.put(
                        oa.id().value(),
                        Map.of(
                                "name", oa.name(),
                                "status", oa.status().name(),
                                "reason", oa.statusReason() == null ? "(no reason recorded)" : oa.statusReason()));
            }
        }
        var health = needReconnecting.isEmpty() ? Health.up() : Health.status(DEGRADED);
        health.withDetail("statuses", counts);
        if (!needReconnecting.isEmpty()) {
            health.withDetail("needReconnecting", needReconnecting);
        }
        return health.build();
    }
}
