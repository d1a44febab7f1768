package io.zpl.domain.zalo;

import org.jmolecules.ddd.annotation.ValueObject;

/** The value of the id of a Zalo App (one OAuth client, one webhook, one OA secret key). */
@ValueObject
public record ZaloAppId(String value) {
    public ZaloAppId {
        value = ZaloIds.requireDecimal(value, "Zalo App id");
    }

    @Override
    public String toString() {
        return value;
    }
}
