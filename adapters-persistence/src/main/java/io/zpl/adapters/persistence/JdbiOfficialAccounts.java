package io.zpl.adapters.persistence;

import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiOfficialAccounts implements OfficialAccounts {

    private static final RowMapper<OfficialAccount> OA = (rs, ctx) -> new OfficialAccount(
            new OaId(rs.getString("oa_id")),
            new ZaloAppId(rs.getString("app_id")),
            rs.getString("name"),
            OaStatus.valueOf(rs.getString("status")),
            rs.getString("status_reason"));

    private final Jdbi jdbi;

    public JdbiOfficialAccounts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<OfficialAccount> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT oa_id, app_id, name, status, status_reason FROM official_account ORDER BY name")
                .map(OA)
                .list());
    }

    @Override
    public Optional<OfficialAccount> find(OaId id) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT oa_id, app_id, name, status, status_reason FROM official_account WHERE oa_id = :id")
                .bind("id", id.value())
                .map(OA)
                .findOne());
    }

    @Override
    public void save(OfficialAccount account) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO official_account (oa_id, app_id, name, status, status_reason, created_at, updated_at)
                        VALUES (:id, :app, :name, :status, :reason, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                        ON DUPLICATE KEY UPDATE app_id = VALUE(app_id), name = VALUE(name), status = VALUE(status),
                            status_reason = VALUE(status_reason), updated_at = UTC_TIMESTAMP(6)
                        """)
                .bind("id", account.id().value())
                .bind("app", account.appId().value())
                .bind("name", account.name())
                .bind("status", account.status().name())
                .bind("reason", account.statusReason())
                .execute());
    }
}
