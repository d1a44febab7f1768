package io.zpl.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.domain.partner.NameKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameWeightTest {

    @ParameterizedTest(name = "{0} weighs {1}, evidence: {2}")
    @CsvSource({
        "Nguyễn Văn Sơn,       1.50, true",
        "Sơn Nguyễn Văn,       1.50, true",
        "NGUYEN VAN SON,       1.50, true",
        "Trần Thị Lan,         1.50, true",
        "Nguyễn Văn,           0.50, false",
        "Sơn,                  1.00, false",
        "Nguyễn Sơn,           1.25, false",
        "Lê Thị Thu Hương,     2.50, true",
        "Phạm Đức Huy,         1.50, true",
        "Đặng Quốc Bảo Khánh,  2.50, true",
        "Marie Curie,          2.00, true"
    })
    void commonFamilyAndMiddleNamesWeighLess(String name, double weight, boolean evidence) {
        NameWeight w = NameWeight.of(NameKey.of(name));
        assertThat(w.value()).isEqualTo(weight);
        assertThat(w.isEvidence()).isEqualTo(evidence);
    }

    @ParameterizedTest
    @CsvSource({"nguyen", "tran", "le", "pham", "hoang", "huynh", "vu", "vo", "dang", "bui", "do", "ngo", "duong"})
    void theMostFrequentFamilyNamesAreCommon(String family) {
        assertThat(NameWeight.isCommon(family)).isTrue();
    }
}
