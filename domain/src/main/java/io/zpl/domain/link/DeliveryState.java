package io.zpl.domain.link;

/**
 * How far one of our messages got; it only moves forward (a late "received" never hides "seen").
 *
 * <p>{@link #UNKNOWN} is a send we asked Zalo for without hearing back (a timeout, an unreadable answer, a crash in
 * between): it may or may not have gone out, so it is never sent again blindly; Zalo Events will tell.
 */
public enum DeliveryState {
    UNKNOWN,
    SENT,
    RECEIVED,
    SEEN;

    public boolean isAfter(DeliveryState other) {
        return ordinal() > other.ordinal();
    }
}
