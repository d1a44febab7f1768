package io.zpl.domain.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SendGuardTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final OaFacts SALES = new OaFacts(new OaId("2000000000000000002"), "Sales OA", OaStatus.CONNECTED);
    static final PartnerId SON = new PartnerId(1);
    static final ZaloUserId SON_ON_SALES = new ZaloUserId("3000000000000000002");

    private final SendGuard guard = new SendGuard(GuardPolicy.defaults());

    static ChainStep live(long id, PartnerStatus status) {
        return new ChainStep(new PartnerId(id), status, "Nguyễn Văn Sơn", null);
    }

    static ChainStep merged(long id, long into) {
        return new ChainStep(new PartnerId(id), PartnerStatus.MERGED, "Son Nguyen", new PartnerId(into));
    }

    static LinkOnOa freshLink(ZaloUserId user) {
        return new LinkOnOa(new LinkId(7), user, true, NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofDays(1)));
    }

    static RecipientFacts verifiedWith(LinkOnOa... links) {
        return new RecipientFacts(List.of(live(1, PartnerStatus.VERIFIED)), false, SALES, List.of(links));
    }

    private Resolution business(RecipientFacts facts) {
        return guard.resolve(facts, Purpose.BUSINESS, NOW);
    }

    private static List<ReasonCode> codes(Resolution resolution) {
        return resolution.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void a_verified_partner_with_one_fresh_link_is_allowed_and_named_by_his_zalo_user_id() {
        var resolution = business(verifiedWith(freshLink(SON_ON_SALES)));

        assertThat(resolution.decision()).isEqualTo(Decision.ALLOW);
        assertThat(resolution.partnerId()).isEqualTo(SON);
        assertThat(resolution.zaloUserId()).isEqualTo(SON_ON_SALES);
        assertThat(resolution.reasons()).isEmpty();
        assertThat(resolution.resolvedFromMergedId()).isFalse();
    }

    @Nested
    class Blocks_business_content {

        @Test
        void to_a_shadow_contact() {
            var facts = new RecipientFacts(
                    List.of(live(1, PartnerStatus.SHADOW)), false, SALES, List.of(freshLink(SON_ON_SALES)));

            var resolution = business(facts);

            assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
            assertThat(codes(resolution)).containsExactly(ReasonCode.SHADOW_UNVERIFIED);
            assertThat(resolution.reasons().getFirst().message()).contains("shadow contact", "verif");
            assertThat(resolution.zaloUserId()).isNull();
        }

        @Test
        void to_a_partner_in_an_open_duplicate_group() {
            var facts = new RecipientFacts(
                    List.of(live(1, PartnerStatus.VERIFIED)), true, SALES, List.of(freshLink(SON_ON_SALES)));

            var resolution = business(facts);

            assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
            assertThat(codes(resolution)).containsExactly(ReasonCode.UNRESOLVED_DUPLICATE);
            assertThat(resolution.zaloUserId()).isNull();
        }

        @Test
        void when_the_partner_has_no_link_on_the_oa() {
            var resolution = business(verifiedWith());

            assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
            assertThat(codes(resolution)).containsExactly(ReasonCode.RECIPIENT_NOT_DETERMINED);
            assertThat(resolution.reasons().getFirst().message())
                    .isEqualTo("Nguyễn Văn Sơn has no Zalo link on Sales OA: the recipient cannot be determined.");
        }

        @Test
        void when_the_partner_has_two_links_on_the_oa() {
            var second = new ZaloUserId("3000000000000000099");

            var resolution = business(verifiedWith(freshLink(SON_ON_SALES), freshLink(second)));

            assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
            assertThat(codes(resolution)).containsExactly(ReasonCode.AMBIGUOUS_RECIPIENT);
            assertThat(resolution.reasons().getFirst().message()).contains("2 Zalo accounts on Sales OA");
            assertThat(resolution.zaloUserId()).isNull();
        }

        @ParameterizedTest
        @EnumSource(
                value = OaStatus.class,
                names = {"DRAFT", "EXPIRED", "ERROR"})
        void on_an_oa_that_cannot_send(OaStatus status) {
            var oa = new OaFacts(SALES.id(), "Sales OA", status);
            var facts = new RecipientFacts(
                    List.of(live(1, PartnerStatus.VERIFIED)), false, oa, List.of(freshLink(SON_ON_SALES)));

            var resolution = business(facts);

            assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
            assertThat(codes(resolution)).containsExactly(ReasonCode.OA_NOT_CONNECTED);
            assertThat(resolution.reasons().getFirst().message()).contains(status.name());
        }
    }

    @Nested
    class Warns {

        @Test
        void on_a_profile_never_synced() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, true, NOW.minus(Duration.ofHours(5)), null);

            var resolution = business(verifiedWith(link));

            assertThat(resolution.decision()).isEqualTo(Decision.WARN);
            assertThat(codes(resolution)).containsExactly(ReasonCode.STALE_PROFILE);
            assertThat(resolution.reasons().getFirst().message()).contains("never synced", "Sync Profile");
            assertThat(resolution.zaloUserId()).isEqualTo(SON_ON_SALES);
        }

        @Test
        void on_a_profile_synced_longer_ago_than_the_threshold_but_not_exactly_at_it() {
            var old = new LinkOnOa(
                    new LinkId(7),
                    SON_ON_SALES,
                    true,
                    NOW,
                    NOW.minus(Duration.ofDays(7)).minusSeconds(1));
            var atThreshold = new LinkOnOa(new LinkId(7), SON_ON_SALES, true, NOW, NOW.minus(Duration.ofDays(7)));

            assertThat(codes(business(verifiedWith(old)))).containsExactly(ReasonCode.STALE_PROFILE);
            assertThat(business(verifiedWith(old)).reasons().getFirst().message())
                    .contains("7 days ago");
            assertThat(business(verifiedWith(atThreshold)).decision()).isEqualTo(Decision.ALLOW);
        }

        @Test
        void on_a_person_who_does_not_follow_the_oa() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, false, NOW, NOW);

            var resolution = business(verifiedWith(link));

            assertThat(resolution.decision()).isEqualTo(Decision.WARN);
            assertThat(codes(resolution)).containsExactly(ReasonCode.NOT_FOLLOWER);
        }

        @Test
        void when_the_follower_state_is_unknown_nothing_is_claimed() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, null, NOW, NOW);

            assertThat(business(verifiedWith(link)).decision()).isEqualTo(Decision.ALLOW);
        }

        @Test
        void outside_the_seven_day_interaction_window_free_form_messages_fail() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, true, NOW.minus(Duration.ofDays(8)), NOW);

            var resolution = business(verifiedWith(link));

            assertThat(resolution.decision()).isEqualTo(Decision.WARN);
            assertThat(codes(resolution)).containsExactly(ReasonCode.OUTSIDE_INTERACTION_WINDOW);
            assertThat(resolution.reasons().getFirst().message()).contains("8 days ago", "7-day", "template");
        }

        @Test
        void when_no_interaction_is_known() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, true, null, NOW);

            assertThat(codes(business(verifiedWith(link)))).containsExactly(ReasonCode.OUTSIDE_INTERACTION_WINDOW);
        }

        @Test
        void with_every_warning_that_applies() {
            var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, false, null, null);

            assertThat(codes(business(verifiedWith(link))))
                    .containsExactly(
                            ReasonCode.STALE_PROFILE, ReasonCode.NOT_FOLLOWER, ReasonCode.OUTSIDE_INTERACTION_WINDOW);
        }
    }

    @Nested
    class A_conversation {

        @Test
        void with_a_shadow_or_a_suspected_duplicate_is_warned_about_not_blocked() {
            var facts = new RecipientFacts(
                    List.of(live(1, PartnerStatus.SHADOW)), true, SALES, List.of(freshLink(SON_ON_SALES)));

            var resolution = guard.resolve(facts, Purpose.CONVERSATION, NOW);

            assertThat(resolution.decision()).isEqualTo(Decision.WARN);
            assertThat(codes(resolution))
                    .containsExactly(ReasonCode.SHADOW_UNVERIFIED, ReasonCode.UNRESOLVED_DUPLICATE);
            assertThat(resolution.zaloUserId()).isEqualTo(SON_ON_SALES);
        }

        @Test
        void still_needs_exactly_one_recipient() {
            assertThat(guard.resolve(verifiedWith(), Purpose.CONVERSATION, NOW).decision())
                    .isEqualTo(Decision.BLOCK);
            var two = verifiedWith(freshLink(SON_ON_SALES), freshLink(new ZaloUserId("3000000000000000099")));
            assertThat(codes(guard.resolve(two, Purpose.CONVERSATION, NOW)))
                    .containsExactly(ReasonCode.AMBIGUOUS_RECIPIENT);
        }
    }

    @Nested
    class Tombstones {

        @Test
        void an_old_id_resolves_to_the_survivor_through_a_chain_of_two_merges() {
            var facts = new RecipientFacts(
                    List.of(merged(3, 2), merged(2, 1), live(1, PartnerStatus.VERIFIED)),
                    false,
                    SALES,
                    List.of(freshLink(SON_ON_SALES)));

            var resolution = business(facts);

            assertThat(resolution.decision()).isEqualTo(Decision.ALLOW);
            assertThat(resolution.requested()).isEqualTo(new PartnerId(3));
            assertThat(resolution.partnerId()).isEqualTo(SON);
            assertThat(resolution.partnerName()).isEqualTo("Nguyễn Văn Sơn");
            assertThat(resolution.resolvedFromMergedId()).isTrue();
            assertThat(resolution.zaloUserId()).isEqualTo(SON_ON_SALES);
        }

        @Test
        void the_survivor_is_judged_not_the_tombstone() {
            var facts = new RecipientFacts(
                    List.of(merged(2, 1), live(1, PartnerStatus.SHADOW)),
                    false,
                    SALES,
                    List.of(freshLink(SON_ON_SALES)));

            assertThat(codes(business(facts))).containsExactly(ReasonCode.SHADOW_UNVERIFIED);
        }

        @Test
        void a_chain_that_ends_at_a_tombstone_loops_or_skips_is_refused() {
            assertThatThrownBy(() -> new RecipientFacts(List.of(merged(2, 1)), false, SALES, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("chain ends there");
            assertThatThrownBy(() -> new RecipientFacts(List.of(merged(2, 1), merged(1, 2)), false, SALES, List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new RecipientFacts(
                            List.of(merged(3, 2), live(1, PartnerStatus.VERIFIED)), false, SALES, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("merged into 2, not 1");
            assertThatThrownBy(() -> new RecipientFacts(
                            List.of(live(2, PartnerStatus.VERIFIED), live(1, PartnerStatus.VERIFIED)),
                            false,
                            SALES,
                            List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("past live partner 2");
        }
    }

    @Test
    void blocking_reasons_come_first_and_a_blocked_answer_never_names_the_recipient() {
        var link = new LinkOnOa(new LinkId(7), SON_ON_SALES, false, null, null);
        var facts = new RecipientFacts(List.of(live(1, PartnerStatus.SHADOW)), true, SALES, List.of(link));

        var resolution = business(facts);

        assertThat(codes(resolution))
                .containsExactly(
                        ReasonCode.SHADOW_UNVERIFIED,
                        ReasonCode.UNRESOLVED_DUPLICATE,
                        ReasonCode.STALE_PROFILE,
                        ReasonCode.NOT_FOLLOWER,
                        ReasonCode.OUTSIDE_INTERACTION_WINDOW);
        assertThat(resolution.decision()).isEqualTo(Decision.BLOCK);
        assertThat(resolution.zaloUserId()).isNull();
    }

    @Test
    void purpose_is_parsed_with_a_message_that_lists_the_choices() {
        assertThat(Purpose.parse(" business ")).isEqualTo(Purpose.BUSINESS);
        assertThatThrownBy(() -> Purpose.parse("MARKETING"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("purpose must be one of BUSINESS, CONVERSATION, got 'MARKETING'");
    }
}
