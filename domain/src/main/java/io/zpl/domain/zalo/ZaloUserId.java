package io.zpl.domain.zalo;

import org.jmolecules.ddd.annotation.ValueObject;

/** The value of a Zalo user's id on one Official Account; the only id the OA APIs accept. */
@ValueObject
public record ZaloUserId(String value) {
    public ZaloUserId {
        value = ZaloIds.requireDecimal(value, "Zalo user id");
    }

    @Override
    public String toString() {
        return value;
    }
}
