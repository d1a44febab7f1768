package io.zpl.domain.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergePlanTest {

    static final PhoneNumber SON = PhoneNumber.parse("0912 345 678");
    static final PhoneNumber OLD = PhoneNumber.parse("01688 123 456");

    static Partner partner(long id, PartnerStatus status, String name, String email, PhoneNumber... phones) {
        return new Partner(new PartnerId(id), status, name, Set.of(phones), email, null, "test", null);
    }

    final Partner verified = partner(1, PartnerStatus.VERIFIED, "Nguyễn Văn Sơn", "son@example.vn", SON);
    final Partner shadow = partner(2, PartnerStatus.SHADOW, "Son Nguyen", null, SON, OLD);
    final Map<PartnerId, Partner> both = Map.of(verified.id(), verified, shadow.id(), shadow);

    @Test
    void theSurvivorKeepsEveryPhoneAndTheChosenValues() {
        var plan = new MergePlan(verified.id(), List.of(shadow.id()), Map.of(MergeField.NAME, shadow.id()));
        Partner after = plan.survivorAfter(both);
        assertThat(after.phones()).containsExactlyInAnyOrder(SON, OLD);
        assertThat(after.name()).isEqualTo("Son Nguyen");
        assertThat(after.email()).isEqualTo("son@example.vn");
        assertThat(after.status()).isEqualTo(PartnerStatus.VERIFIED);
    }

    @Test
    void aShadowCannotSurviveAVerifiedPartner() {
        var plan = new MergePlan(shadow.id(), List.of(verified.id()), Map.of());
        assertThat(MergeRules.check(plan, both))
                .filteredOn(MergeConflict::blocking)
                .extracting(MergeConflict::code)
                .containsExactly(MergeConflict.Code.SHADOW_SURVIVOR);
    }

    @Test
    void differingValuesAreShownButDoNotBlock() {
        var plan = new MergePlan(verified.id(), List.of(shadow.id()), Map.of());
        var conflicts = MergeRules.check(plan, both);
        assertThat(conflicts).extracting(MergeConflict::code).containsExactly(MergeConflict.Code.FIELD_VALUES_DIFFER);
        assertThat(MergeRules.anyBlocking(conflicts)).isFalse();
    }

    @Test
    void theDefaultSurvivorIsTheOldestVerifiedPartner() {
        var newerVerified = partner(5, PartnerStatus.VERIFIED, "Sơn", null);
        assertThat(MergePlan.defaultSurvivor(List.of(shadow, newerVerified, verified)))
                .isEqualTo(verified.id());
        assertThat(MergePlan.defaultSurvivor(List.of(shadow))).isEqualTo(shadow.id());
    }

    @Test
    void plansThatMakeNoSenseAreRefusedWithAReason() {
        assertThatThrownBy(() -> new MergePlan(verified.id(), List.of(verified.id()), Map.of()))
                .hasMessageContaining("cannot be merged into itself");
        assertThatThrownBy(() -> new MergePlan(verified.id(), List.of(), Map.of()))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new MergePlan(verified.id(), List.of(shadow.id(), shadow.id()), Map.of()))
                .hasMessageContaining("twice");
        assertThatThrownBy(() ->
                        new MergePlan(verified.id(), List.of(shadow.id()), Map.of(MergeField.EMAIL, new PartnerId(9))))
                .hasMessageContaining("must come from one of the partners");
        var eleven = java.util.stream.LongStream.rangeClosed(2, 11)
                .mapToObj(PartnerId::new)
                .toList();
        assertThatThrownBy(() -> new MergePlan(verified.id(), eleven, Map.of()).requireAtMost(10))
                .hasMessageContaining("at most 10");
    }
}
