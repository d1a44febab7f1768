package io.zpl.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Remembers the users it has read for a short time. Unknown users are never remembered, so a new user can sign in at
 * once; the copies handed out are fresh, because Spring Security erases their credentials after a sign-in.
 */
final class RecentUsers implements UserDetailsService {

    private static final int MAX_ENTRIES = 10_000;

    private record Recent(UserDetails user, Instant until) {}

    private final UserDetailsService delegate;
    private final Duration remember;
    private final Clock clock;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    RecentUsers(UserDetailsService delegate, Duration remember, Clock clock) {
        this.delegate = delegate;
        this.remember = remember;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Instant now = clock.instant();
        Recent known = recent.get(username);
        if (known == null || !now.isBefore(known.until())) {
            if (recent.size() >= MAX_ENTRIES) {
                recent.clear();
            }
            known = new Recent(delegate.loadUserByUsername(username), now.plus(remember));
            recent.put(username, known);
        }
        return User.withUserDetails(known.user()).build();
    }
}
