package io.zpl.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerTest {

    private final Partner shadow = new Partner(
            new PartnerId(7), PartnerStatus.SHADOW, "Zalo user 7", Set.of(), null, null, "Zalo: Sales OA", null);

    @Test
    void verifying_a_shadow_keeps_what_was_not_stated_and_adds_phones() {
        var withPhone = shadow.withPhone(PhoneNumber.parse("0912345678"));
        var verified = withPhone.verify(
                new PartnerDetails("Nguyễn Văn Sơn", List.of(PhoneNumber.parse("0987654321")), null, null));

        assertThat(verified.status()).isEqualTo(PartnerStatus.VERIFIED);
        assertThat(verified.name()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(verified.phones()).hasSize(2);
        assertThat(verified.origin()).isEqualTo("Zalo: Sales OA");
    }

    @Test
    void a_partner_cannot_be_merged_into_itself_or_twice() {
        assertThatThrownBy(() -> shadow.tombstoneInto(shadow.id())).hasMessageContaining("itself");
        var tombstone = shadow.tombstoneInto(new PartnerId(1));
        assertThat(tombstone.isLive()).isFalse();
        assertThatThrownBy(() -> tombstone.tombstoneInto(new PartnerId(2))).hasMessageContaining("already merged");
        assertThatThrownBy(() -> tombstone.verify(new PartnerDetails(null, List.of(), null, null)))
                .hasMessageContaining("verify the survivor");
    }

    @Test
    void bad_details_are_refused_with_a_readable_message() {
        assertThatThrownBy(() -> new PartnerDetails(" ", List.of(), null, null)).hasMessage("a partner needs a name");
        assertThatThrownBy(() -> new PartnerDetails("A", List.of(), "not-an-email", null))
                .hasMessageContaining("is not an email address");
        assertThatThrownBy(() -> new PartnerDetails("x".repeat(256), List.of(), null, null))
                .hasMessageContaining("at most 255");
    }
}
