package io.zpl.domain.partner;

public enum PartnerStatus {
    /** A real customer whose identity a person has confirmed (or who came from the ERP). */
    VERIFIED,
    /** Created automatically for an unknown Zalo user: under review, never a recipient of business content. */
    SHADOW,
    /** A tombstone pointing at the survivor of a merge. */
    MERGED
}
