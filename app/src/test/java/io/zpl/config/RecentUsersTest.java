package io.zpl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class RecentUsersTest {

    private final Map<String, UserDetails> stored = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final UserDetailsService store = username -> {
        reads.incrementAndGet();
        UserDetails user = stored.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return user;
    };
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T09:00:00Z"));
    private final RecentUsers users = new RecentUsers(store, Duration.ofSeconds(5), clock);

    @Test
    void a_user_is_read_once_per_few_seconds_and_a_change_shows_after_that() {
        stored.put("lan", user("lan", "CS_LEAD"));
        users.loadUserByUsername("lan");
        stored.put("lan", user("lan", "ZALO_ADMIN"));

        assertThat(users.loadUserByUsername("lan").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_CS_LEAD");
        assertThat(reads).hasValue(1);

        clock.advance(Duration.ofSeconds(5));
        assertThat(users.loadUserByUsername("lan").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_ZALO_ADMIN");
        assertThat(reads).hasValue(2);
    }

    @Test
    void an_unknown_user_is_asked_for_again_so_a_new_user_can_sign_in_at_once() {
        assertThatThrownBy(() -> users.loadUserByUsername("minh")).isInstanceOf(UsernameNotFoundException.class);
        stored.put("minh", user("minh", "AGENT"));

        assertThat(users.loadUserByUsername("minh").getUsername()).isEqualTo("minh");
    }

    @Test
    void each_caller_gets_its_own_copy_with_the_password_whatever_an_earlier_caller_erased() {
        stored.put("lan", user("lan", "CS_LEAD"));
        ((User) users.loadUserByUsername("lan")).eraseCredentials();

        assertThat(users.loadUserByUsername("lan").getPassword()).isEqualTo("{noop}secret");
    }

    private static UserDetails user(String name, String role) {
        return User.withUsername(name).password("{noop}secret").roles(role).build();
    }
}
