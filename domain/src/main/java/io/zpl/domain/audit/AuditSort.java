package io.zpl.domain.audit;

/** The orders of the Zalo Partners list; each pages by keyset on its own index. */
public enum AuditSort {
    /** Most recent conversation first; links without messages last. */
    LAST_MESSAGE,
    /** Zalo display name A→Z (accents and case ignored); links without a name first. */
    NAME,
    /** Stalest first: never synced, then oldest sync. */
    LAST_SYNC
}
