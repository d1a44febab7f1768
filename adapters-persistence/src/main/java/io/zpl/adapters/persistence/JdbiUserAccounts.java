package io.zpl.adapters.persistence;

import io.zpl.application.port.out.UserAccounts;
import io.zpl.domain.access.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

public final class JdbiUserAccounts implements UserAccounts {

    private final Jdbi jdbi;

    public JdbiUserAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return jdbi.withHandle(h -> {
            var user = h.createQuery("SELECT username, password_hash, enabled FROM app_user WHERE username = :u")
                    .bind("u", username)
                    .map((rs, ctx) -> new UserAccount(
                            rs.getString("username"),
                            rs.getString("password_hash"),
                            Set.of(),
                            rs.getBoolean("enabled")))
                    .findOne();
            return user.map(u -> {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                h.createQuery("SELECT role FROM app_user_role WHERE username = :u")
                        .bind("u", username)
                        .mapTo(String.class)
                        .forEach(role -> roles.add(Role.valueOf(role)));
                return new UserAccount(u.username(), u.passwordHash(), roles, u.enabled());
            });
        });
    }

    @Override
    public void save(UserAccount account) {
        jdbi.useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO app_user (username, password_hash, enabled, created_at)
                            VALUES (:u, :hash, :enabled, UTC_TIMESTAMP(6))
                            ON DUPLICATE KEY UPDATE password_hash = VALUE(password_hash), enabled = VALUE(enabled)
                            """)
                    .bind("u", account.username())
                    .bind("hash", account.passwordHash())
                    .bind("enabled", account.enabled())
                    .execute();
            h.createUpdate("DELETE FROM app_user_role WHERE username = :u")
                    .bind("u", account.username())
                    .execute();
            var batch = h.prepareBatch("INSERT INTO app_user_role (username, role) VALUES (:u, :role)");
            account.roles()
                    .forEach(role -> batch.bind("u", account.username())
                            .bind("role", role.name())
                            .add());
            if (!account.roles().isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public boolean any() {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM app_user)")
                .mapTo(Boolean.class)
                .one());
    }
}
