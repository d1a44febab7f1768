package io.zpl.domain.sync;

/** Which links of an OA a bulk Sync Profile job covers. */
public enum SyncScope {
    /** Links never synced, or synced longer ago than the stale-profile threshold. */
    STALE,
    ALL
}
