package io.zpl.application.port.out;

import io.zpl.domain.access.Role;
import java.util.Optional;
import java.util.Set;

/** The people who may sign in, with their bcrypt password hashes. */
public interface UserAccounts {
    Optional<UserAccount> find(String username);

    void save(UserAccount account);

    boolean any();

    record UserAccount(String username, String passwordHash, Set<Role> roles, boolean enabled) {
        public UserAccount {
            roles = Set.copyOf(roles);
        }

        @Override
        public String toString() {
            return "UserAccount[" + username + ", " + roles + "]";
        }
    }
}
