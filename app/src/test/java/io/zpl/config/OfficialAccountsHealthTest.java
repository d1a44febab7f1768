package io.zpl.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class OfficialAccountsHealthTest {

    private static final ZaloAppId APP = new ZaloAppId("1000000000000000001");

    @Test
    void connected_and_draft_oas_are_healthy() {
        var health = new OfficialAccountsHealth(accounts(
                        OfficialAccount.draft(new OaId("1"), APP, "Support OA").connected(),
                        OfficialAccount.draft(new OaId("2"), APP, "New OA")))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("statuses", Map.of("CONNECTED", 1L, "DRAFT", 1L));
        assertThat(health.getDetails()).doesNotContainKey("needReconnecting");
    }

    @Test
    void an_expired_or_refused_oa_degrades_health_and_is_named_with_its_reason() {
        var health = new OfficialAccountsHealth(accounts(
                        OfficialAccount.draft(new OaId("1"), APP, "Support OA").connected(),
                        OfficialAccount.draft(new OaId("3"), APP, "Shop OA")
                                .failed(OaStatus.EXPIRED, "Zalo refused to refresh the Shop OA's token."),
                        OfficialAccount.draft(new OaId("4"), APP, "Old OA")
                                .failed(OaStatus.ERROR, "Zalo says the OA was removed.")))
                .health();

        assertThat(health.getStatus()).isEqualTo(OfficialAccountsHealth.DEGRADED);
        assertThat(health.getDetails().get("needReconnecting"))
                .isEqualTo(Map.of(
                        "3",
                        Map.of(
                                "name",
                                "Shop OA",
                                "status",
                                "EXPIRED",
                                "reason",
                                "Zalo refused to refresh the Shop OA's token."),
                        "4",
                        Map.of("name", "Old OA", "status", "ERROR", "reason", "Zalo says the OA was removed.")));
    }

    private static OfficialAccounts accounts(OfficialAccount... all) {
        return new OfficialAccounts() {
            @Override
            public List<OfficialAccount> all() {
                return List.of(all);
            }

            @Override
            public Optional<OfficialAccount> find(OaId id) {
                return List.of(all).stream().filter(oa -> oa.id().equals(id)).findFirst();
            }

            @Override
            public void save(OfficialAccount account) {
                throw new UnsupportedOperationException("health only reads");
            }
        };
    }
}
