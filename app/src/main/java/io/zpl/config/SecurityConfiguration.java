package io.zpl.config;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.zpl.adapters.rest.ProblemResponses;
import io.zpl.application.port.out.UserAccounts;
import io.zpl.ui.login.LoginView;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Three doors: the JSON API (HTTP Basic, stateless, problem-details errors), Zalo's own callers (webhook, OAuth
 * callback, the sandbox; they prove themselves by signature or state, not by login), and the Vaadin UI (form login).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses::unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(ProblemResponses::unauthorized)
                        .accessDeniedHandler(ProblemResponses::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain machines(HttpSecurity http) throws Exception {
        return http.securityMatcher(
                        "/zalo/**",
                        "/sandbox/zalo/**",
                        "/actuator/health/**",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses::unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain ui(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /**
     * No observations of the filter chains: with them off only by property, Spring Security still wrapped every filter
     * of every request in an observing decorator (a few percent of a webhook's allocations, a fifth of a send-guard resolve's CPU).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** BCrypt, with successful checks remembered for a minute so HTTP Basic does not pay it on every request. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(), Duration.ofMinutes(1), Clock.systemUTC());
    }

    /**
     * Users as stored, read again at most every few seconds: HTTP Basic looks the caller up on every API request. A
     * disabled user or a changed password or role takes effect within that time.
     */
    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return new RecentUsers(
                username -> accounts.find(username)
                        .map(account -> User.withUsername(account.username())
                                .password(account.passwordHash())
                                .disabled(!account.enabled())
                                .roles(account.roles().stream().map(Enum::name).toArray(String[]::new))
                                .build())
                        .orElseThrow(() -> new UsernameNotFoundException("no such user")),
                Duration.ofSeconds(5),
                Clock.systemUTC());
    }
}
