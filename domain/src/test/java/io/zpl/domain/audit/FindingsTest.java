package io.zpl.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.partner.PartnerStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant STALE_BEFORE = NOW.minus(Duration.ofDays(7));
    private static final MessageStats TALKED = new MessageStats(3, NOW.minusSeconds(600), NOW.minusSeconds(60));
    private static final SyncState FRESH =
            new SyncState(NOW.minusSeconds(3600), NOW.minusSeconds(3600), SyncOutcome.OK, null, null);

    private static LinkFacts healthy() {
        return new LinkFacts(PartnerStatus.VERIFIED, false, FRESH, TALKED);
    }

    @Test
    void a_verified_synced_talking_link_has_no_findings() {
        assertThat(Findings.of(healthy(), STALE_BEFORE)).isEmpty();
    }

    @Test
    void a_shadow_partner_is_unverified() {
        var link = new LinkFacts(PartnerStatus.SHADOW, false, FRESH, TALKED);
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.SHADOW_UNVERIFIED);
    }

    @Test
    void a_partner_in_an_open_duplicate_group_is_a_suspected_duplicate() {
        var link = new LinkFacts(PartnerStatus.VERIFIED, true, FRESH, TALKED);
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.SUSPECTED_DUPLICATE);
    }

    @Test
    void a_never_synced_profile_is_stale() {
        var link = new LinkFacts(PartnerStatus.VERIFIED, false, SyncState.never(), TALKED);
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.STALE_PROFILE);
    }

    @Test
    void a_profile_synced_exactly_at_the_threshold_is_current_and_one_microsecond_earlier_is_stale() {
        var atThreshold = new SyncState(STALE_BEFORE, STALE_BEFORE, SyncOutcome.OK, null, null);
        var justBefore = new SyncState(
                STALE_BEFORE.minusNanos(1_000), STALE_BEFORE.minusNanos(1_000), SyncOutcome.OK, null, null);

        assertThat(Findings.of(new LinkFacts(PartnerStatus.VERIFIED, false, atThreshold, TALKED), STALE_BEFORE))
                .isEmpty();
        assertThat(Findings.of(new LinkFacts(PartnerStatus.VERIFIED, false, justBefore, TALKED), STALE_BEFORE))
                .containsExactly(Finding.STALE_PROFILE);
    }

    @ParameterizedTest
    @EnumSource(
            value = SyncOutcome.class,
            names = {"USER_ERROR", "OA_ERROR"})
    void a_last_sync_that_ended_in_a_permanent_zalo_error_is_failing(SyncOutcome outcome) {
        var failed = new SyncState(FRESH.profileSyncedAt(), NOW, outcome, -213, "user not follow");
        var link = new LinkFacts(PartnerStatus.VERIFIED, false, failed, TALKED);
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.SYNC_FAILING);
    }

    @Test
    void transient_failures_that_gave_up_are_not_sync_failing() {
        var gaveUp = new SyncState(FRESH.profileSyncedAt(), NOW, SyncOutcome.TRANSIENT_GAVE_UP, null, null);
        assertThat(Findings.of(new LinkFacts(PartnerStatus.VERIFIED, false, gaveUp, TALKED), STALE_BEFORE))
                .isEmpty();
    }

    @Test
    void a_link_without_stored_messages_has_no_message_history() {
        var link = new LinkFacts(PartnerStatus.VERIFIED, false, FRESH, MessageStats.none());
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.NO_MESSAGE_HISTORY);
    }

    @Test
    void findings_add_up_in_the_order_of_the_decision_table() {
        var failedNever = new SyncState(null, NOW, SyncOutcome.OA_ERROR, -216, "access token invalid");
        var link = new LinkFacts(PartnerStatus.SHADOW, true, failedNever, MessageStats.none());
        assertThat(Findings.of(link, STALE_BEFORE)).containsExactly(Finding.values());
    }

    @Test
    void every_finding_says_its_risk_and_action() {
        for (Finding finding : Finding.values()) {
            assertThat(finding.risk()).isNotBlank();
            assertThat(finding.action()).isNotBlank();
        }
    }
}
