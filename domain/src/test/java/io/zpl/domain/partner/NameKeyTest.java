package io.zpl.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void diacritics_case_and_word_order_do_not_matter() {
        var key = NameKey.of("Nguyễn Văn Sơn");
        assertThat(NameKey.of("nguyen van son")).isEqualTo(key);
        assertThat(NameKey.of("Sơn Nguyễn Văn")).isEqualTo(key);
        assertThat(NameKey.of("  SON,  NGUYEN   VAN ")).isEqualTo(key);
        assertThat(key.value()).isEqualTo("nguyen son van");
    }

    @Test
    void d_with_stroke_becomes_d() {
        assertThat(NameKey.of("Đặng Đức").value()).isEqualTo("dang duc");
        assertThat(NameKey.withoutDiacritics("Trần Thị Đào")).isEqualTo("Tran Thi Dao");
    }

    @Test
    void emoji_and_markup_do_not_break_it() {
        assertThat(NameKey.of("Lan 🌸 <b>Anh</b>").value()).isEqualTo("anh b b lan");
    }
}
