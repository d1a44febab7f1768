package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.utc;

import io.zpl.application.port.out.ZaloTokens;
import io.zpl.domain.oa.OaTokens;
import io.zpl.domain.zalo.OaId;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Token pairs in {@code official_account}, encrypted with the {@link SecretCipher}. The lock is the OA's row
 * ({@code SELECT … FOR UPDATE}), so it holds across every node using the database.
 */
public final class JdbiZaloTokens implements ZaloTokens {

    private final Jdbi jdbi;
    private final SecretCipher cipher;

    public JdbiZaloTokens(Jdbi jdbi, SecretCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public Optional<OaTokens> find(OaId oa) {
        return jdbi.withHandle(h -> read(h, oa, ""));
    }

    @Override
    public TokenDecision underLock(OaId oa, Function<Optional<OaTokens>, TokenDecision> decide) {
        return jdbi.inTransaction(h -> {
            Optional<OaTokens> current = read(h, oa, " FOR UPDATE");
            TokenDecision decision = decide.apply(current);
            switch (decision) {
                case TokenDecision.Replace replace -> store(h, oa, replace.tokens());
                case TokenDecision.Expire expire ->
                    h.createUpdate("""
                                    UPDATE official_account SET status = 'EXPIRED', status_reason = :reason,
                                        updated_at = UTC_TIMESTAMP(6)
                                    WHERE oa_id = :oa
                                    """)
                            .bind("oa", oa.value())
                            .bind("reason", abbreviate(expire.reason()))
                            .execute();
                case TokenDecision.Keep keep -> {}
            }
            return decision;
        });
    }

    @Override
    public void startAuthorization(OaId oa, PendingAuthorization pending) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE official_account SET oauth_state = :state, oauth_code_verifier_enc = :verifier,
                            oauth_started_at = :at, updated_at = UTC_TIMESTAMP(6)
                        WHERE oa_id = :oa
                        """)
                .bind("oa", oa.value())
                .bind("state", pending.state())
                .bind("verifier", cipher.encrypt(pending.codeVerifier()))
                .bind("at", utc(pending.startedAt()))
                .execute());
    }

    @Override
    public Optional<PendingAuthorization> pendingAuthorization(String state) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT oa_id, oauth_state, oauth_code_verifier_enc, oauth_started_at FROM official_account
                        WHERE oauth_state = :state
                        """)
                .bind("state", state)
                .map((rs, ctx) -> new PendingAuthorization(
                        new OaId(rs.getString("oa_id")),
                        rs.getString("oauth_state"),
                        cipher.decrypt(rs.getBytes("oauth_code_verifier_enc")),
                        instant(rs, "oauth_started_at")))
                .findOne());
    }

    private Optional<OaTokens> read(Handle h, OaId oa, String lock) {
        return h.createQuery("""
                        SELECT access_token_enc, access_expires_at, refresh_token_enc, refresh_expires_at, token_version
                        FROM official_account WHERE oa_id = :oa AND access_token_enc IS NOT NULL
                        """ + lock)
                .bind("oa", oa.value())
                .map((rs, ctx) -> new OaTokens(
                        cipher.decrypt(rs.getBytes("access_token_enc")),
                        instant(rs, "access_expires_at"),
                        cipher.decrypt(rs.getBytes("refresh_token_enc")),
                        instant(rs, "refresh_expires_at"),
                        rs.getInt("token_version")))
                .findOne();
    }

    /** The new pair, the OA connected, any pending authorisation spent. */
    private void store(Handle h, OaId oa, OaTokens tokens) {
        h.createUpdate("""
                        UPDATE official_account SET access_token_enc = :access, access_expires_at = :accessUntil,
                            refresh_token_enc = :refresh, refresh_expires_at = :refreshUntil, token_version = :version,
                            status = 'CONNECTED', status_reason = NULL, oauth_state = NULL,
                            oauth_code_verifier_enc = NULL, oauth_started_at = NULL, updated_at = UTC_TIMESTAMP(6)
                        WHERE oa_id = :oa
                        """)
                .bind("oa", oa.value())
                .bind("access", cipher.encrypt(tokens.accessToken()))
                .bind("accessUntil", utc(tokens.accessExpiresAt()))
                .bind("refresh", cipher.encrypt(tokens.refreshToken()))
                .bind("refreshUntil", utc(tokens.refreshExpiresAt()))
                .bind("version", tokens.version())
                .execute();
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
