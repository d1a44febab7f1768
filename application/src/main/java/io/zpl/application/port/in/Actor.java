package io.zpl.application.port.in;

import io.zpl.domain.access.Role;
import java.util.EnumSet;
import java.util.Set;

/** The person (or integration) on whose behalf a use case runs. */
public record Actor(String username, Set<Role> roles) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("an actor needs a username");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Everyone with a role may read; CS Leads and Zalo Admins are agents too. */
    public boolean isAnyRole() {
        return !roles.isEmpty();
    }

    public void require(Role role) {
        if (!has(role)) {
            throw new PermissionDenied(role);
        }
    }

    public void requireAnyRole() {
        if (!isAnyRole()) {
            throw new PermissionDenied(Role.AGENT);
        }
    }
}
