package io.zpl.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zpl.application.port.out.Partners;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link Partners} must do; run against the in-memory fake and against MariaDB. */
public abstract class PartnersContract {

    protected abstract Partners partners();

    @Test
    void creates_a_partner_that_can_be_found_again_with_all_its_phones() {
        var son = partners()
                .create(
                        PartnerStatus.VERIFIED,
                        new PartnerDetails(
                                "Nguyễn Văn Sơn",
                                List.of(PhoneNumber.parse("0912 345 678"), PhoneNumber.parse("+84 987 654 321")),
                                "son@example.vn",
                                "Hà Nội"),
                        "ERP");

        var found = partners().find(son.id()).orElseThrow();

        assertThat(found).isEqualTo(son);
        assertThat(found.phones())
                .extracting(PhoneNumber::e164)
                .containsExactlyInAnyOrder("+84912345678", "+84987654321");
    }

    @Test
    void saving_keeps_the_new_status_and_adds_phones_without_dropping_old_ones() {
        var shadow = partners()
                .create(
                        PartnerStatus.SHADOW,
                        new PartnerDetails("Zalo user 42", List.of(), null, null),
                        "Zalo: Sales OA");
        var verified =
                shadow.verify(new PartnerDetails("Trần Thị Lan", List.of(PhoneNumber.parse("0901234567")), null, null));

        partners().save(verified);
        partners().save(verified.withPhone(PhoneNumber.parse("0331234567")));

        var found = partners().find(shadow.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(PartnerStatus.VERIFIED);
        assertThat(found.name()).isEqualTo("Trần Thị Lan");
        assertThat(found.phones()).hasSize(2);
    }

    @Test
    void a_tombstone_points_at_its_survivor() {
        var survivor = partners().create(PartnerStatus.VERIFIED, new PartnerDetails("A", List.of(), null, null), "ERP");
        var other = partners().create(PartnerStatus.SHADOW, new PartnerDetails("B", List.of(), null, null), "Zalo");

        partners().save(other.tombstoneInto(survivor.id()));

        var tombstone = partners().find(other.id()).orElseThrow();
        assertThat(tombstone.status()).isEqualTo(PartnerStatus.MERGED);
        assertThat(tombstone.mergedInto()).isEqualTo(survivor.id());
    }

    @Test
    void an_unknown_id_is_absent_and_cannot_be_saved() {
        assertThat(partners().find(new PartnerId(987_654_321))).isEmpty();
        var unsaved =
                new Partner(new PartnerId(987_654_321), PartnerStatus.VERIFIED, "Y", Set.of(), null, null, "ERP", null);
        assertThatThrownBy(() -> partners().save(unsaved)).isInstanceOf(IllegalStateException.class);
    }
}
