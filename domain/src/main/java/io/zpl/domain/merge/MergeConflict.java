package io.zpl.domain.merge;

import org.jmolecules.ddd.annotation.ValueObject;

/** Something the CS Lead must see before confirming; a blocking conflict stops the merge. */
@ValueObject
public record MergeConflict(Code code, String detail, boolean blocking) {

    public enum Code {
        /** A partner of the plan is already merged into another one. */
        PARTNER_NOT_LIVE,
        /** A shadow was chosen to survive although a verified partner is in the set. */
        SHADOW_SURVIVOR,
        /** After the merge the survivor has two links on one OA (one person, two Zalo accounts): allowed, shown. */
        TWO_LINKS_ON_ONE_OA,
        /** The partners hold different values for a field; the chosen one survives, the others are journaled. */
        FIELD_VALUES_DIFFER,
        /** Moving a row would break a unique constraint; we never delete a row to get past one. */
        UNIQUE_CONSTRAINT
    }
}
