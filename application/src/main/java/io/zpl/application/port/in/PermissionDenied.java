package io.zpl.application.port.in;

import io.zpl.domain.access.Role;
import java.util.Locale;

/** The acting user lacks the role a use case requires; {@link #code()} is stable for API clients. */
public final class PermissionDenied extends RuntimeException {

    private final Role missing;

    public PermissionDenied(Role missing) {
        super("Missing " + missing.title() + " permission — ask an administrator.");
        this.missing = missing;
    }

    public Role missing() {
        return missing;
    }

    public String code() {
        return "MISSING_" + missing.name().toUpperCase(Locale.ROOT) + "_PERMISSION";
    }
}
