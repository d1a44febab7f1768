package io.zpl.domain.zalo;

/** How our side must react to a Zalo OpenAPI error (the classes of ZALO.md). */
public enum ZaloErrorClass {
    /** Rate limit, 5xx, timeouts, unreadable answers: retry with backoff, bounded. */
    TRANSIENT,
    /** The OA access token is invalid or expired: refresh once, retry once. */
    TOKEN,
    /** The OA's quota is used up for now: reschedule, never hot-loop. */
    QUOTA,
    /** A permanent answer about this person: record it on the link. */
    USER,
    /** A permanent answer about the OA or App: an admin must act; stop calling. */
    OA_ADMIN
}
