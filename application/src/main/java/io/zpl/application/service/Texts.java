package io.zpl.application.service;

import org.jspecify.annotations.Nullable;

/** Free text from Zalo is kept as sent, only cut to what a column holds (never inside a surrogate pair). */
final class Texts {
    private Texts() {}

    static String fit(String text, int maxChars) {
        String stripped = text.strip();
        if (stripped.length() <= maxChars) {
            return stripped;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end);
    }

    static @Nullable String fitOrNull(@Nullable String text, int maxChars) {
        return text == null || text.isBlank() ? null : fit(text, maxChars);
    }
}
