package io.zpl.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Remembers the users it has read for a short time. Unknown users are never remembered, so a new user can sign in at
 * once; the copies handed out are fresh, because Spring Security erases their credentials after a sign-in.
 */
final class RecentUsers implements UserDetailsService {

    private final UserDetailsService delegate;
    private final RecentValues<String, UserDetails> recent;

    RecentUsers(UserDetailsService delegate, Duration remember, Clock clock) {
        this.delegate = delegate;
        this.recent = new RecentValues<>(remember, clock);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return User.withUserDetails(recent.get(username, delegate::loadUserByUsername))
                .build();
    }
}
