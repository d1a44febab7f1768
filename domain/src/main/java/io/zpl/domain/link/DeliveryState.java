package io.zpl.domain.link;

/** How far one of our messages got; it only moves forward (a late "received" never hides "seen"). */
public enum DeliveryState {
    SENT,
    RECEIVED,
    SEEN;

    public boolean isAfter(DeliveryState other) {
        return ordinal() > other.ordinal();
    }
}
