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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The send guard's facts. Most partners were never merged: one round trip reads the partner, whether it is in an open
 * duplicate group, and its links on the OA. A merged id follows its tombstone chain (one recursive query), then reads
 * the survivor the same way. A name-only (POSSIBLE) group is shown on request, never a finding, so it does not block
 * either.
 */
public final class JdbiRecipients implements Recipients {

    /** Far more merges in a row than any real history; a longer chain is reported as broken by the domain. */
    private static final int MAX_CHAIN = 32;

    private static final RowMapper<ChainStep> STEP = (rs, ctx) -> {
        long into = rs.getLong("merged_into");
        PartnerId survivor = rs.wasNull() ? null : new PartnerId(into);
        return new ChainStep(
                new PartnerId(rs.getLong("partner_id")),
                PartnerStatus.valueOf(rs.getString("status")),
                rs.getString("name"),
                survivor);
    };

    private final Jdbi jdbi;

    public JdbiRecipients(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Standing(ChainStep partner, boolean openDuplicate, List<LinkOnOa> linksOnOa) {}

    @Override
    public Optional<RecipientFacts> facts(PartnerId requested, OaFacts oa) {
        return jdbi.withHandle(h -> standing(h, requested, oa).map(start -> {
            if (start.partner().mergedInto() == null) {
                return new RecipientFacts(List.of(start.partner()), start.openDuplicate(), oa, start.linksOnOa());
            }
            List<ChainStep> chain = chain(h, requested);
            Standing survivor = standing(h, chain.getLast().id(), oa).orElseThrow();
            return new RecipientFacts(chain, survivor.openDuplicate(), oa, survivor.linksOnOa());
        }));
    }

    private static Optional<Standing> standing(Handle h, PartnerId partner, OaFacts oa) {
        List<ChainStep> found = new ArrayList<>();
        List<LinkOnOa> links = new ArrayList<>();
        boolean[] openDuplicate = {false};
        h.createQuery("""
                        SELECT p.partner_id, p.status, p.name, p.merged_into,
                               EXISTS (SELECT 1
                                       FROM duplicate_group_member m JOIN duplicate_group g ON g.group_id = m.group_id
                                       WHERE m.partner_id = p.partner_id AND g.state = 'OPEN' AND g.tier <> 'POSSIBLE')
                                   AS open_duplicate,
                               l.link_id, l.zalo_user_id, l.follower, l.last_interaction_at, l.profile_synced_at
                        FROM partner p LEFT JOIN partner_link l ON l.partner_id = p.partner_id AND l.oa_id = :oa
                        WHERE p.partner_id = :partner
                        """)
                .bind("partner", partner.value())
                .bind("oa", oa.id().value())
                .map((rs, ctx) -> {
                    if (found.isEmpty()) {
                        found.add(STEP.map(rs, ctx));
                        openDuplicate[0] = rs.getBoolean("open_duplicate");
                    }
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
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(new Standing(found.getFirst(), openDuplicate[0], links));
    }

    private static List<ChainStep> chain(Handle h, PartnerId requested) {
        return h.createQuery("""
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
                .map(STEP)
                .list();
    }
}
