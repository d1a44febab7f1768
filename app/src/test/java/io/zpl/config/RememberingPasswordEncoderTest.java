package io.zpl.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder plain = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "{" + raw + "}";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals("{" + raw + "}");
        }
    };
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final RememberingPasswordEncoder encoder =
            new RememberingPasswordEncoder(plain, Duration.ofMinutes(1), clock);

    @Test
    void a_match_is_remembered_for_a_while_then_checked_again() {
        assertThat(encoder.matches("admin", "{admin}")).isTrue();
        assertThat(encoder.matches("admin", "{admin}")).isTrue();
        assertThat(checks).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        assertThat(encoder.matches("admin", "{admin}")).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void failures_are_never_remembered_and_a_new_hash_never_matches_an_old_entry() {
        assertThat(encoder.matches("wrong", "{admin}")).isFalse();
        assertThat(encoder.matches("wrong", "{admin}")).isFalse();
        assertThat(checks).hasValue(2);

        assertThat(encoder.matches("admin", "{admin}")).isTrue();
        assertThat(encoder.matches("admin", "{changed}")).isFalse();
    }
}
