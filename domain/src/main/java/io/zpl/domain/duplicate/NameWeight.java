package io.zpl.domain.duplicate;

import io.zpl.domain.partner.NameKey;
import java.util.Arrays;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How much a bare name says about identity. About four in ten Vietnamese are called Nguyễn and a handful of family
 * and middle names (Trần, Lê, Phạm, Văn, Thị…) cover most of the rest, so those words weigh a quarter of a rarer word.
 * A name-only match counts as evidence ({@link DuplicateTier#POSSIBLE}) only from {@link #EVIDENCE_THRESHOLD}: "Nguyễn
 * Văn Sơn" (¼ + ¼ + 1 = 1.5) qualifies, "Nguyễn Văn" or a lone "Sơn" does not.
 */
@ValueObject
public record NameWeight(double value) {

    public static final double EVIDENCE_THRESHOLD = 1.5;
    static final double COMMON_WORD = 0.25;

    /** The most frequent family names (accent-free, as in a {@link NameKey}). */
    static final Set<String> COMMON_FAMILY_NAMES = Set.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
            "duong", "ly");

    /** Middle names so frequent that they tell two people apart no better than a family name does. */
    static final Set<String> COMMON_MIDDLE_NAMES =
            Set.of("van", "thi", "huu", "duc", "dinh", "ngoc", "minh", "thanh", "quoc", "xuan", "kim", "hong");

    public static NameWeight of(NameKey key) {
        if (key.isEmpty()) {
            return new NameWeight(0);
        }
        double weight = Arrays.stream(key.value().split(" "))
                .mapToDouble(word -> isCommon(word) ? COMMON_WORD : 1.0)
                .sum();
        return new NameWeight(weight);
    }

    static boolean isCommon(String word) {
        return COMMON_FAMILY_NAMES.contains(word) || COMMON_MIDDLE_NAMES.contains(word);
    }

    public boolean isEvidence() {
        return value >= EVIDENCE_THRESHOLD;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
