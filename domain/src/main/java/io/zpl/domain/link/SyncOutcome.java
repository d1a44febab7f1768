package io.zpl.domain.link;

/** How the last Sync Profile of a link ended. */
public enum SyncOutcome {
    OK,
    /** Zalo refused for this person (not a follower, blocked, inactive…): a permanent answer about the user. */
    USER_ERROR,
    /** Zalo refused for the OA (token, permission, disabled OA): an admin must act. */
    OA_ERROR,
    /** Zalo kept failing transiently until the retry budget ran out. */
    TRANSIENT_GAVE_UP;

    public boolean isPermanentFailure() {
        return this == USER_ERROR || this == OA_ERROR;
    }
}
