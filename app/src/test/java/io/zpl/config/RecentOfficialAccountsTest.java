package io.zpl.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentOfficialAccountsTest {

    private static final OaId SALES = new OaId("2000000000000000002");

    private final Map<OaId, OfficialAccount> stored = new HashMap<>();
    private final List<OaId> reads = new ArrayList<>();
    private final OfficialAccounts store = new OfficialAccounts() {
        @Override
        public List<OfficialAccount> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<OfficialAccount> find(OaId id) {
            reads.add(id);
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void save(OfficialAccount account) {
            stored.put(account.id(), account);
        }
    };
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final RecentOfficialAccounts accounts = new RecentOfficialAccounts(store, Duration.ofSeconds(1), clock);

    @Test
    void an_oa_is_read_once_a_second_and_a_save_through_it_shows_at_once() {
        var connected = OfficialAccount.draft(SALES, new ZaloAppId("1000000000000000001"), "Sales OA")
                .connected();
        store.save(connected);
        accounts.find(SALES);
        accounts.find(SALES);
        assertThat(reads).hasSize(1);

        var renamed = OfficialAccount.draft(SALES, new ZaloAppId("1000000000000000001"), "Sales OA (HN)");
        accounts.save(renamed);
        assertThat(accounts.find(SALES)).contains(renamed);

        store.save(connected);
        assertThat(accounts.find(SALES)).contains(renamed);
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.find(SALES)).contains(connected);
    }

    @Test
    void an_unknown_oa_is_looked_for_again_so_a_new_oa_is_found_at_once() {
        assertThat(accounts.find(SALES)).isEmpty();
        store.save(OfficialAccount.draft(SALES, new ZaloAppId("1000000000000000001"), "Sales OA"));

        assertThat(accounts.find(SALES)).isPresent();
    }
}
