package io.zpl.domain.oa;

/**
 * Which concatenation Zalo hashes for a webhook signature. Zalo's documented form is the first; the others are
 * reported by some integrations and stay selectable per App.
 */
public enum SignatureVariant {
    APP_ID_BODY_TIMESTAMP_OA_SECRET,
    APP_ID_BODY_TIMESTAMP_APP_SECRET
}
