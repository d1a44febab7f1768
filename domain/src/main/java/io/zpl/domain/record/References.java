package io.zpl.domain.record;

import java.math.BigDecimal;

final class References {
    private References() {}

    static String require(String externalRef) {
        if (externalRef == null || externalRef.isBlank()) {
            throw new IllegalArgumentException("a business record needs an external reference");
        }
        String trimmed = externalRef.strip();
        if (trimmed.length() > 100) {
            throw new IllegalArgumentException("an external reference may have at most 100 characters");
        }
        return trimmed;
    }

    static void requireNotNegative(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must be zero or more");
        }
    }
}
