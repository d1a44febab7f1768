package io.zpl.domain.zalo;

import org.jmolecules.ddd.annotation.ValueObject;

/** The value of a Zalo user's id within one Zalo App: equal across the OAs of that App, never across Apps. */
@ValueObject
public record UserIdByApp(String value) {
    public UserIdByApp {
        value = ZaloIds.requireDecimal(value, "user_id_by_app");
    }

    @Override
    public String toString() {
        return value;
    }
}
