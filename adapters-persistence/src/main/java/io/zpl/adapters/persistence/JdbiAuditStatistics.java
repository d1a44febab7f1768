package io.zpl.adapters.persistence;

import io.zpl.application.port.out.AuditStatistics;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAuditStatistics implements AuditStatistics {

    private final Jdbi jdbi;

    public JdbiAuditStatistics(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<OaId, OaCounts> countsPerOa(Instant staleBefore) {
        return jdbi.withHandle(h -> {
            Map<OaId, OaCounts> counts = new HashMap<>();
            h.createQuery("""
                            SELECT l.oa_id,
                                   COUNT(*) AS links,
                                   SUM(l.partner_status = 'SHADOW') AS shadows,
                                   SUM(l.suspected_duplicate) AS duplicates,
                                   SUM(l.profile_synced_at IS NULL OR l.profile_synced_at < :staleBefore) AS stale
                            FROM partner_link l
                            GROUP BY l.oa_id
                            """)
                    .bind("staleBefore", Rows.utc(staleBefore))
                    .map((rs, ctx) -> Map.entry(
                            new OaId(rs.getString("oa_id")),
                            new OaCounts(
                                    rs.getLong("links"),
                                    rs.getLong("shadows"),
                                    rs.getLong("duplicates"),
                                    rs.getLong("stale"))))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            return counts;
        });
    }
}
