package io.zpl.domain.link;

public enum MessageDirection {
    /** From the customer to the OA. */
    IN,
    /** From the OA to the customer. */
    OUT
}
