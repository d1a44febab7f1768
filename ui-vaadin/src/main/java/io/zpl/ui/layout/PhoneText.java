package io.zpl.ui.layout;

import io.zpl.domain.partner.PhoneNumber;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Phone numbers the way a Vietnamese reader writes them (0912 345 678), always in the same order. */
public final class PhoneText {

    private PhoneText() {}

    public static String of(Collection<PhoneNumber> phones) {
        return phones.stream()
                .sorted(Comparator.comparing(PhoneNumber::e164))
                .map(PhoneNumber::display)
                .collect(Collectors.joining(", "));
    }
}
