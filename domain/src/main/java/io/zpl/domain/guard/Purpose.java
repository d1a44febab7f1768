package io.zpl.domain.guard;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why the caller wants to reach the partner: business content is held to a stricter rule than a conversation. */
public enum Purpose {
    /** A quote, a payment reminder, a ticket update: only to a verified, unambiguous, undivided customer. */
    BUSINESS,
    /** Replying to or chatting with the person behind the link. */
    CONVERSATION;

    public static Purpose parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("purpose must be one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ", got '" + text
                    + "'");
        }
    }
}
