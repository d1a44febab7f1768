package io.zpl.adapters.persistence;

import io.zpl.application.port.out.ZaloAppSecrets;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.domain.oa.SignatureVariant;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiZaloApps implements ZaloApps {

    private static final RowMapper<ZaloApp> APP = (rs, ctx) -> new ZaloApp(
            new ZaloAppId(rs.getString("app_id")),
            rs.getString("name"),
            rs.getBoolean("certain_identity_within_app"),
            SignatureVariant.valueOf(rs.getString("signature_variant")));

    private final Jdbi jdbi;
    private final SecretCipher cipher;

    public JdbiZaloApps(Jdbi jdbi, SecretCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public List<ZaloApp> all() {
        return jdbi.withHandle(h ->
                h.createQuery("SELECT * FROM zalo_app ORDER BY name").map(APP).list());
    }

    @Override
    public Optional<ZaloApp> find(ZaloAppId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM zalo_app WHERE app_id = :id")
                .bind("id", id.value())
                .map(APP)
                .findOne());
    }

    @Override
    public void save(ZaloApp app, ZaloAppSecrets secrets) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO zalo_app (app_id, name, app_secret_enc, oa_secret_key_enc, signature_variant,
                                              certain_identity_within_app, created_at, updated_at)
                        VALUES (:id, :name, :appSecret, :oaSecretKey, :variant, :certain, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                        ON DUPLICATE KEY UPDATE name = VALUE(name), app_secret_enc = VALUE(app_secret_enc),
                            oa_secret_key_enc = VALUE(oa_secret_key_enc), signature_variant = VALUE(signature_variant),
                            certain_identity_within_app = VALUE(certain_identity_within_app), updated_at = UTC_TIMESTAMP(6)
                        """)
                .bind("id", app.id().value())
                .bind("name", app.name())
                .bind("appSecret", cipher.encrypt(secrets.appSecret()))
                .bind("oaSecretKey", cipher.encrypt(secrets.oaSecretKey()))
                .bind("variant", app.signatureVariant().name())
                .bind("certain", app.certainIdentityWithinApp())
                .execute());
    }

    @Override
    public Optional<ZaloAppSecrets> secrets(ZaloAppId id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT app_secret_enc, oa_secret_key_enc FROM zalo_app WHERE app_id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> new ZaloAppSecrets(
                        cipher.decrypt(rs.getBytes("app_secret_enc")),
                        cipher.decrypt(rs.getBytes("oa_secret_key_enc"))))
                .findOne());
    }
}
