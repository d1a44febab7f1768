package io.zpl.domain.duplicate;

/** How sure we are that partners are one person, strongest first. */
public enum DuplicateTier {
    /** Links of the same Zalo App carry the same {@code user_id_by_app}. */
    CERTAIN,
    /** The same phone number after normalisation. */
    STRONG,
    /** The same name and the same avatar, or the same name and the same address. */
    PROBABLE,
    /** Only the same name: shown on request, and very common names weigh less. */
    POSSIBLE;

    public boolean strongerThan(DuplicateTier other) {
        return ordinal() < other.ordinal();
    }

    public static DuplicateTier weaker(DuplicateTier a, DuplicateTier b) {
        return a.strongerThan(b) ? b : a;
    }
}
