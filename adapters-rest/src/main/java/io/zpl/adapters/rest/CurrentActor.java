package io.zpl.adapters.rest;

import io.zpl.application.port.in.Actor;
import io.zpl.domain.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in API user as the core's {@link Actor}. */
final class CurrentActor {

    private static final Set<String> ROLE_NAMES =
            Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());

    private CurrentActor() {}

    static Actor of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = String.valueOf(authority.getAuthority()).replaceFirst("^ROLE_", "");
            if (ROLE_NAMES.contains(name)) {
                roles.add(Role.valueOf(name));
            }
        }
        return new Actor(authentication.getName(), roles);
    }
}
