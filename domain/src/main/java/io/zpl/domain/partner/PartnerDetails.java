package io.zpl.domain.partner;

import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/** What a person may state about a partner: any part may be left out. */
@ValueObject
public record PartnerDetails(
        @Nullable String name,
        List<PhoneNumber> phones,
        @Nullable String email,
        @Nullable String address) {

    static final int MAX_NAME_LENGTH = 255;

    public PartnerDetails {
        name = name == null ? null : requireName(name);
        phones = List.copyOf(phones);
        email = blankToNull(email);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an email address");
        }
        address = blankToNull(address);
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
