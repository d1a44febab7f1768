package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;
import static io.zpl.adapters.persistence.Rows.nullableBoolean;

import io.zpl.application.port.out.Recipients;
import io.zpl.domain.guard.ChainStep;
import io.zpl.domain.guard.LinkOnOa;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.RecipientFacts;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The send guard's facts in two round trips: the tombstone chain, then the survivor's groups and links on the OA. A
 * name-only (POSSIBLE) group is shown on request, never a finding, so it does not block either.
 */
public final class JdbiRecipients implements Recipients {

    /** Far more merges in a row than any real history; a longer chain is reported as broken by the domain. */
    private static final int MAX_CHAIN = 32;

    private final Jdbi jdbi;

    public JdbiRecipients(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<RecipientFacts> facts(PartnerId requested, OaFacts oa) {
        return jdbi.withHandle(h -> {
            List<ChainStep> chain = h.createQuery("""
                            WITH RECURSIVE chain (partner_id, status, name, merged_into, depth) AS (
                                SELECT partner_id, status, name, merged_into, 0 FROM partner WHERE partner_id = :id
                                UNION ALL
                                SELECT p.partner_id, p.status, p.name, p.merged_into, c.depth + 1
                                FROM chain c JOIN partner p ON p.partner_id = c.merged_into
                                WHERE c.depth < :max
                            )
                            SELECT partner_id, status, name, merged_into FROM chain ORDER BY depth
                            """)
                    .bind("id", requested.value())
                    .bind("max", MAX_CHAIN)
                    .map((rs, ctx) -> {
                        long into = rs.getLong("merged_into");
                        PartnerId survivor = rs.wasNull() ? null : new PartnerId(into);
                        return new ChainStep(
                                new PartnerId(rs.getLong("partner_id")),
                                PartnerStatus.valueOf(rs.getString("status")),
                                rs.getString("name"),
                                survivor);
                    })
                    .list();
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            long survivor = chain.getLast().id().value();
            var links = new ArrayList<LinkOnOa>();
            boolean[] openDuplicate = {false};
            h.createQuery("""
                            SELECT d.open_duplicate, l.link_id, l.zalo_user_id, l.follower, l.last_interaction_at,
                                   l.profile_synced_at
                            FROM (SELECT EXISTS (SELECT 1
                                                 FROM duplicate_group_member m
                                                      JOIN duplicate_group g ON g.group_id = m.group_id
                                                 WHERE m.partner_id = :partner AND g.state = 'OPEN'
                                                   AND g.tier <> 'POSSIBLE') AS open_duplicate) d
                                 LEFT JOIN partner_link l ON l.partner_id = :partner AND l.oa_id = :oa
                            ORDER BY l.link_id
                            """)
                    .bind("partner", survivor)
                    .bind("oa", oa.id().value())
                    .map((rs, ctx) -> {
                        openDuplicate[0] = rs.getBoolean("open_duplicate");
                        long linkId = rs.getLong("link_id");
                        if (!rs.wasNull()) {
                            links.add(new LinkOnOa(
                                    new LinkId(linkId),
                                    new ZaloUserId(rs.getString("zalo_user_id")),
                                    nullableBoolean(rs, "follower"),
                                    instant(rs, "last_interaction_at"),
                                    instant(rs, "profile_synced_at")));
                        }
                        return linkId;
                    })
                    .list();
            return Optional.of(new RecipientFacts(chain, openDuplicate[0], oa, links));
        });
    }
}
