package io.zpl.domain.sync;

public enum SyncJobState {
    QUEUED,
    RUNNING,
    /** Waiting for Zalo (quota, failing OA) or for an admin (token expired); the reason says which. */
    PAUSED,
    DONE,
    CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
