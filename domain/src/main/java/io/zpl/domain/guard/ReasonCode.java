package io.zpl.domain.guard;

/** Stable codes an ERP can switch on; the plain words travel beside them in {@link Reason}. */
public enum ReasonCode {
    /** The partner is a shadow contact nobody has verified. */
    SHADOW_UNVERIFIED,
    /** The partner belongs to an open group of suspected duplicates. */
    UNRESOLVED_DUPLICATE,
    /** The partner has no Zalo link on the OA. */
    RECIPIENT_NOT_DETERMINED,
    /** The partner has several Zalo links on the OA: which one is meant cannot be told. */
    AMBIGUOUS_RECIPIENT,
    /** The OA cannot send (not connected, token expired, refused by Zalo). */
    OA_NOT_CONNECTED,
    /** The cached Zalo profile was never synced, or not recently. */
    STALE_PROFILE,
    /** The person does not follow the OA. */
    NOT_FOLLOWER,
    /** The last interaction is older than Zalo's window for free-form messages (or unknown). */
    OUTSIDE_INTERACTION_WINDOW
}
