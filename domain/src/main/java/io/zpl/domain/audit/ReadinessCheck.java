package io.zpl.domain.audit;

import org.jmolecules.ddd.annotation.ValueObject;

/** One line of an OA's readiness checkpoint; {@code count} is how many links stand in the way. */
@ValueObject
public record ReadinessCheck(Code code, boolean passed, long count, String detail) {

    public enum Code {
        PARTNERS_LIST_AUDITABLE,
        CROSS_OA_DUPLICATES_CHECKED,
        PROFILES_CURRENT
    }
}
