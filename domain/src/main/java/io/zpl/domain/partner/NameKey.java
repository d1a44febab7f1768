package io.zpl.domain.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A person's name reduced for comparison: without diacritics (đ becomes d), case-folded and with its words sorted,
 * because Vietnamese names appear as family-middle-given or given-first depending on who typed them.
 */
@ValueObject
public record NameKey(String value) {

    public static NameKey of(String name) {
        String sorted = Arrays.stream(searchText(name).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .sorted()
                .collect(Collectors.joining(" "));
        return new NameKey(sorted);
    }

    /** The same folding for free-text search, keeping word order so that prefixes still match. */
    public static String searchText(String text) {
        return withoutDiacritics(text).toLowerCase(Locale.ROOT).strip();
    }

    /** "Nguyễn Văn Đức" becomes "Nguyen Van Duc". */
    public static String withoutDiacritics(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }
}
