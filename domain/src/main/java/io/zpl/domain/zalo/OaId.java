package io.zpl.domain.zalo;

import org.jmolecules.ddd.annotation.ValueObject;

/** The value of the id of a Zalo Official Account. */
@ValueObject
public record OaId(String value) {
    public OaId {
        value = ZaloIds.requireDecimal(value, "Official Account id");
    }

    @Override
    public String toString() {
        return value;
    }
}
