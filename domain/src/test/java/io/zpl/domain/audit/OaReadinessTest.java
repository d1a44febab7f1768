package io.zpl.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.zalo.OaId;
import org.junit.jupiter.api.Test;

class OaReadinessTest {

    private final OaId oa = new OaId("2000000000000000002");

    @Test
    void a_connected_oa_without_duplicates_or_stale_profiles_is_ready() {
        var readiness = OaReadiness.evaluate(oa, OaStatus.CONNECTED, 120, 0, 0);
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.checks()).allMatch(ReadinessCheck::passed);
    }

    @Test
    void each_failing_check_says_how_many_links_stand_in_the_way() {
        var readiness = OaReadiness.evaluate(oa, OaStatus.CONNECTED, 120, 2, 91);
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.checks())
                .extracting(ReadinessCheck::code, ReadinessCheck::passed, ReadinessCheck::count)
                .containsExactly(
                        tuple(ReadinessCheck.Code.PARTNERS_LIST_AUDITABLE, true, 120L),
                        tuple(ReadinessCheck.Code.CROSS_OA_DUPLICATES_CHECKED, false, 2L),
                        tuple(ReadinessCheck.Code.PROFILES_CURRENT, false, 91L));
    }

    @Test
    void an_oa_that_is_not_connected_cannot_be_audited() {
        var readiness = OaReadiness.evaluate(oa, OaStatus.EXPIRED, 0, 0, 0);
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.checks().getFirst().detail()).contains("EXPIRED");
    }
}
