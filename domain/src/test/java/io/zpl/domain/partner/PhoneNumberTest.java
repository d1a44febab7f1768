package io.zpl.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0912345678",
                "0912 345 678",
                "0912.345.678",
                "84912345678",
                "+84912345678",
                "+84 912 345 678",
                "0084912345678",
                "(091) 234-5678",
                "912345678"
            })
    void every_way_people_write_a_vietnamese_mobile_is_the_same_number(String written) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo("+84912345678");
    }

    @ParameterizedTest
    @CsvSource({
        "01201234567,+84701234567", "01211234567,+84791234567", "01221234567,+84771234567", "01261234567,+84761234567",
        "01281234567,+84781234567", "01231234567,+84831234567", "01241234567,+84841234567", "01251234567,+84851234567",
        "01271234567,+84811234567", "01291234567,+84821234567", "01621234567,+84321234567", "01631234567,+84331234567",
        "01641234567,+84341234567", "01651234567,+84351234567", "01661234567,+84361234567", "01671234567,+84371234567",
        "01681234567,+84381234567", "01691234567,+84391234567", "01861234567,+84561234567", "01881234567,+84581234567",
        "01991234567,+84591234567", "841691234567,+84391234567", "+84 169 123 4567,+84391234567"
    })
    void pre_2018_eleven_digit_mobiles_are_renumbered(String old, String e164) {
        assertThat(PhoneNumber.parse(old).e164()).isEqualTo(e164);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0112345678", "01301234567", "12", "+84", "0912345678901234"})
    void nonsense_is_refused_with_a_readable_message(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a phone number we understand");
    }

    @ParameterizedTest
    @CsvSource({"0241234567 8,+842412345678", "+1 415 555 2671,+14155552671", "0044 20 7946 0958,+442079460958"})
    void landlines_and_foreign_numbers_keep_their_digits(String written, String e164) {
        assertThat(PhoneNumber.parse(written).e164()).isEqualTo(e164);
    }

    @Property
    void parsing_the_e164_form_again_changes_nothing(@ForAll @IntRange(min = 0, max = 99_999_999) int subscriber) {
        var first = PhoneNumber.parse("09" + String.format("%08d", subscriber));
        assertThat(PhoneNumber.parse(first.e164())).isEqualTo(first);
        assertThat(PhoneNumber.parse(first.display())).isEqualTo(first);
    }
}
