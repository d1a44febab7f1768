package io.zpl.ui.layout;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.zpl.application.port.in.Actor;
import io.zpl.domain.access.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the core's {@link Actor}; views ask it, never Spring Security directly. */
public final class CurrentActor {

    private final AuthenticationContext authentication;

    public CurrentActor(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public Actor get() {
        String name = authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse("anonymous");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authentication.hasRole(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(name, roles);
    }

    public void logout() {
        authentication.logout();
    }
}
