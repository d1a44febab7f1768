package io.zpl.domain.oa;

public enum OaStatus {
    /** Added, not yet connected through OAuth. */
    DRAFT,
    CONNECTED,
    /** The token pair could not be refreshed: an admin must connect the OA again. */
    EXPIRED,
    /** Zalo refused the OA itself (disabled, removed, not authorised): an admin must act. */
    ERROR;

    public boolean canCallZalo() {
        return this == CONNECTED;
    }
}
