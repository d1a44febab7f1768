package io.zpl.domain.partner;

import java.util.Map;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A phone number in E.164 form. Vietnamese numbers are accepted as {@code 0…}, {@code 84…} or {@code +84…} with
 * spaces, dots or dashes, and the pre-2018 eleven-digit mobile numbers are renumbered to their ten-digit form first,
 * so that one person's old and new number compare equal.
 */
@ValueObject
public record PhoneNumber(String e164) {

    private static final Map<String, String> VIETNAM_2018_RENUMBERING = Map.ofEntries(
            Map.entry("0120", "070"),
            Map.entry("0121", "079"),
            Map.entry("0122", "077"),
            Map.entry("0126", "076"),
            Map.entry("0128", "078"),
            Map.entry("0123", "083"),
            Map.entry("0124", "084"),
            Map.entry("0125", "085"),
            Map.entry("0127", "081"),
            Map.entry("0129", "082"),
            Map.entry("0162", "032"),
            Map.entry("0163", "033"),
            Map.entry("0164", "034"),
            Map.entry("0165", "035"),
            Map.entry("0166", "036"),
            Map.entry("0167", "037"),
            Map.entry("0168", "038"),
            Map.entry("0169", "039"),
            Map.entry("0186", "056"),
            Map.entry("0188", "058"),
            Map.entry("0199", "059"));

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("phone number must be in E.164 form (+84912345678), got '" + e164 + "'");
        }
    }

    /** Parses a phone number as people and Zalo write it; a Vietnamese number is assumed when no country is given. */
    public static PhoneNumber parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + text + "' is not a phone number we understand (try 0912 345 678 or +84 912 345 678)"));
    }

    public static Optional<PhoneNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s.\\-()]", "");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        if (compact.startsWith("+") && !compact.startsWith("+84")) {
            return compact.matches("\\+[1-9][0-9]{6,14}") ? Optional.of(new PhoneNumber(compact)) : Optional.empty();
        }
        String digits = compact.startsWith("+") ? compact.substring(1) : compact;
        if (!digits.matches("[0-9]+")) {
            return Optional.empty();
        }
        String national;
        if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            national = "0" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits;
        } else if (digits.length() == 9 && "35789".indexOf(digits.charAt(0)) >= 0) {
            national = "0" + digits;
        } else {
            return Optional.empty();
        }
        return vietnameseNational(national).map(n -> new PhoneNumber("+84" + n.substring(1)));
    }

    private static Optional<String> vietnameseNational(String national) {
        if (national.length() == 11 && national.startsWith("01")) {
            String renumbered = VIETNAM_2018_RENUMBERING.get(national.substring(0, 4));
            return renumbered == null ? Optional.empty() : Optional.of(renumbered + national.substring(4));
        }
        if (national.length() == 10 && "35789".indexOf(national.charAt(1)) >= 0) {
            return Optional.of(national);
        }
        if (national.length() == 11 && national.charAt(1) == '2') {
            return Optional.of(national);
        }
        return Optional.empty();
    }

    /** The way a Vietnamese person reads it back: 0912 345 678. */
    public String display() {
        if (e164.startsWith("+84") && e164.length() == 12) {
            String n = "0" + e164.substring(3);
            return n.substring(0, 4) + " " + n.substring(4, 7) + " " + n.substring(7);
        }
        return e164;
    }

    @Override
    public String toString() {
        return e164;
    }
}
