package io.zpl.domain.zalo;

/** Zalo ids are 64-bit decimals that travel as strings; this is the one place that checks their form. */
final class ZaloIds {
    private ZaloIds() {}

    static String requireDecimal(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > 20 || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    what + " must be a decimal Zalo id of at most 20 digits, got '" + abbreviate(trimmed) + "'");
        }
        return trimmed;
    }

    private static String abbreviate(String value) {
        return value.length() <= 24 ? value : value.substring(0, 24) + "…";
    }
}
