package io.zpl.domain.duplicate;

/** The rules that produce evidence, each belonging to one tier. */
public enum EvidenceRule {
    SAME_USER_ID_BY_APP(DuplicateTier.CERTAIN),
    /** {@code user_id_by_app} matched on an App whose ids are not trusted as certain identity. */
    SAME_USER_ID_BY_APP_UNTRUSTED(DuplicateTier.STRONG),
    SAME_PHONE(DuplicateTier.STRONG),
    SAME_NAME_AND_AVATAR(DuplicateTier.PROBABLE),
    SAME_NAME_AND_ADDRESS(DuplicateTier.PROBABLE),
    SAME_NAME(DuplicateTier.POSSIBLE);

    private final DuplicateTier tier;

    EvidenceRule(DuplicateTier tier) {
        this.tier = tier;
    }

    public DuplicateTier tier() {
        return tier;
    }
}
