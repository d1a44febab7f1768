package io.zpl.adapters.persistence;

import io.zpl.application.port.out.PartnerCards;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.merge.Totals;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerCard.LinkRef;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloUserId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public final class JdbiPartnerCards implements PartnerCards {

    private final Jdbi jdbi;

    public JdbiPartnerCards(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<PartnerCard> cards(Collection<PartnerId> ids) {
        return ids.isEmpty() ? List.of() : jdbi.withHandle(h -> cards(h, ids));
    }

    @Override
    public List<PartnerId> shadows(long afterId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT partner_id FROM partner WHERE status = 'SHADOW' AND partner_id > :after
                        ORDER BY partner_id LIMIT :limit""")
                .bind("after", afterId)
                .bind("limit", limit)
                .map((rs, ctx) -> new PartnerId(rs.getLong(1)))
                .list());
    }

    @Override
    public Map<PartnerId, Set<PartnerId>> openGroupMates(Collection<PartnerId> partners) {
        if (partners.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<PartnerId, Set<PartnerId>> mates = new HashMap<>();
            h.createQuery("""
                            SELECT m.partner_id AS me, o.partner_id AS mate
                            FROM duplicate_group_member m
                            JOIN duplicate_group g ON g.group_id = m.group_id AND g.state = 'OPEN'
                            JOIN duplicate_group_member o ON o.group_id = m.group_id AND o.partner_id <> m.partner_id
                            WHERE m.partner_id IN (<ids>)
                            ORDER BY g.tier, o.partner_id""")
                    .bindList("ids", ids(partners))
                    .map((rs, ctx) -> Map.entry(new PartnerId(rs.getLong("me")), new PartnerId(rs.getLong("mate"))))
                    .forEach(e -> mates.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                            .add(e.getValue()));
            return mates;
        });
    }

    static List<Long> ids(Collection<PartnerId> partners) {
        return partners.stream().map(PartnerId::value).distinct().toList();
    }

    static List<PartnerCard> cards(Handle h, Collection<PartnerId> partners) {
        List<Long> ids = ids(partners);
        Map<Long, List<PhoneNumber>> phones = new HashMap<>();
        h.createQuery("SELECT partner_id, phone_e164 FROM partner_phone WHERE partner_id IN (<ids>) ORDER BY phone_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new PhoneNumber(rs.getString(2))))
                .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<Long, List<LinkRef>> links = new HashMap<>();
        h.createQuery("""
                        SELECT link_id, partner_id, oa_id, zalo_user_id, display_name, avatar_url
                        FROM partner_link WHERE partner_id IN (<ids>) ORDER BY link_id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(
                        rs.getLong("partner_id"),
                        new LinkRef(
                                new LinkId(rs.getLong("link_id")),
                                new OaId(rs.getString("oa_id")),
                                new ZaloUserId(rs.getString("zalo_user_id")),
                                rs.getString("display_name"),
                                rs.getString("avatar_url"))))
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<PartnerId, Totals> totals = totals(h, ids);
        Map<Long, PartnerCard> cards = new HashMap<>();
        h.createQuery("SELECT * FROM partner WHERE partner_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long id = rs.getLong("partner_id");
                    long mergedInto = rs.getLong("merged_into");
                    PartnerId survivor = rs.wasNull() ? null : new PartnerId(mergedInto);
                    Totals t = totals.getOrDefault(new PartnerId(id), Totals.NONE);
                    return new PartnerCard(
                            new PartnerId(id),
                            rs.getString("name"),
                            PartnerStatus.valueOf(rs.getString("status")),
                            phones.getOrDefault(id, List.of()),
                            rs.getString("email"),
                            rs.getString("address"),
                            survivor,
                            links.getOrDefault(id, List.of()),
                            t.balance(),
                            t.documents());
                })
                .forEach(card -> cards.put(card.id().value(), card));
        return ids.stream().filter(cards::containsKey).map(cards::get).toList();
    }

    /** Documents (orders, invoices, tickets) and open balance (invoices' amount due) per partner. */
    static Map<PartnerId, Totals> totals(Handle h, List<Long> ids) {
        Map<PartnerId, Totals> totals = new HashMap<>();
        h.createQuery("""
                        SELECT partner_id, SUM(n) AS documents, SUM(due) AS balance FROM (
                            SELECT partner_id, COUNT(*) AS n, SUM(amount_due) AS due
                            FROM invoice WHERE partner_id IN (<ids>) GROUP BY partner_id
                            UNION ALL
                            SELECT partner_id, COUNT(*), 0 FROM sales_order WHERE partner_id IN (<ids>) GROUP BY partner_id
                            UNION ALL
                            SELECT partner_id, COUNT(*), 0 FROM ticket WHERE partner_id IN (<ids>) GROUP BY partner_id
                        ) t GROUP BY partner_id""")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(
                        new PartnerId(rs.getLong("partner_id")),
                        new Totals(
                                rs.getLong("documents"),
                                rs.getBigDecimal("balance") == null ? BigDecimal.ZERO : rs.getBigDecimal("balance"))))
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }
}
