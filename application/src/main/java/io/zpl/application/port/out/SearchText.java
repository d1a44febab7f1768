package io.zpl.application.port.out;

import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.PhoneNumber;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A search box's text, read the ways a person may mean it: words of a name (folded: no diacritics, đ as d, lower
 * case; every word must appear), a phone number in any Vietnamese form, or a Zalo user id.
 */
public record SearchText(
        String raw,
        List<String> words,
        @Nullable PhoneNumber phone,
        @Nullable String zaloUserId) {

    public SearchText {
        words = List.copyOf(words);
    }

    public static SearchText of(String text) {
        String raw = text.strip();
        List<String> words = Arrays.stream(NameKey.searchText(raw).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
        PhoneNumber phone = PhoneNumber.tryParse(raw).orElse(null);
        String digits = raw.matches("[0-9]{1,20}") ? raw : null;
        return new SearchText(raw, words, phone, digits);
    }
}
