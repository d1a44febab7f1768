package io.zpl.adapters.persistence;

import io.zpl.application.port.out.PartnerDirectory;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/** The partners read side: one query for the page, then phones, links, balances and documents for all its ids. */
public final class JdbiPartnerDirectory implements PartnerDirectory {

    private final Jdbi jdbi;

    public JdbiPartnerDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<PartnerHoldings> search(
            @Nullable SearchText text, @Nullable PartnerStatus status, long afterId, int limit) {
        List<String> where = new ArrayList<>();
        where.add("p.partner_id > :after");
        where.add(status == null ? "p.status <> 'MERGED'" : "p.status = :status");
        if (text != null) {
            List<String> alternatives = new ArrayList<>();
            if (!text.words().isEmpty()) {
                List<String> words = new ArrayList<>();
                for (int i = 0; i < text.words().size(); i++) {
                    words.add("p.name_key LIKE :w" + i);
                }
                alternatives.add("(" + String.join(" AND ", words) + ")");
            }
            if (text.phone() != null) {
                alternatives.add("p.partner_id IN (SELECT partner_id FROM partner_phone WHERE phone_e164 = :phone)");
                alternatives.add("p.partner_id IN (SELECT partner_id FROM partner_link WHERE shared_phone = :phone)");
            }
            if (text.zaloUserId() != null) {
                alternatives.add("p.partner_id IN (SELECT partner_id FROM partner_link WHERE zalo_user_id = :user)");
            }
            where.add(alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")");
        }
        return jdbi.withHandle(h -> {
            Query query = h.createQuery("SELECT * FROM partner p WHERE " + String.join(" AND ", where)
                            + " ORDER BY p.partner_id LIMIT :limit")
                    .bind("after", afterId)
                    .bind("limit", limit)
                    .bind("status", status == null ? null : status.name());
            if (text != null) {
                for (int i = 0; i < text.words().size(); i++) {
                    query.bind("w" + i, "%" + text.words().get(i) + "%");
                }
                query.bind("phone", text.phone() == null ? null : text.phone().e164());
                query.bind("user", text.zaloUserId());
            }
            return holdings(h, query.map(ROW).list());
        });
    }

    @Override
    public Optional<PartnerHoldings> find(PartnerId id) {
        return jdbi.withHandle(h -> {
            var rows = h.createQuery("SELECT * FROM partner p WHERE p.partner_id = :id")
                    .bind("id", id.value())
                    .map(ROW)
                    .list();
            return holdings(h, rows).stream().findFirst();
        });
    }

    /** A partner row before its phones are known. */
    private record PartnerRow(
            long id,
            PartnerStatus status,
            String name,
            @Nullable String email,
            @Nullable String address,
            String origin,
            @Nullable PartnerId mergedInto) {}

    private static final RowMapper<PartnerRow> ROW = (rs, ctx) -> {
        long mergedInto = rs.getLong("merged_into");
        PartnerId survivor = rs.wasNull() ? null : new PartnerId(mergedInto);
        return new PartnerRow(
                rs.getLong("partner_id"),
                PartnerStatus.valueOf(rs.getString("status")),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("address"),
                rs.getString("origin"),
                survivor);
    };

    private static List<PartnerHoldings> holdings(Handle h, List<PartnerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PartnerRow::id).toList();
        Map<Long, Set<PhoneNumber>> phones = new HashMap<>();
        h.createQuery("SELECT partner_id, phone_e164 FROM partner_phone WHERE partner_id IN (<ids>) ORDER BY phone_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new PhoneNumber(rs.getString(2))))
                .forEach(e -> phones.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>())
                        .add(e.getValue()));
        Map<Long, List<ZaloPartnerLink>> links = new HashMap<>();
        h.createQuery("SELECT * FROM partner_link WHERE partner_id IN (<ids>) ORDER BY link_id")
                .bindList("ids", ids)
                .map(JdbiPartnerLinks.LINK)
                .forEach(l -> links.computeIfAbsent(l.partnerId().value(), k -> new ArrayList<>())
                        .add(l));
        Map<Long, BigDecimal> balances = new HashMap<>();
        h.createQuery("SELECT partner_id, SUM(amount_due) FROM invoice WHERE partner_id IN (<ids>) GROUP BY partner_id")
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
                .forEach(e -> balances.put(e.getKey(), e.getValue()));
        Map<Long, Long> documents = new HashMap<>();
        h.createQuery("""
                        SELECT partner_id, COUNT(*) FROM (
                            SELECT partner_id FROM sales_order WHERE partner_id IN (<ids>)
                            UNION ALL SELECT partner_id FROM invoice WHERE partner_id IN (<ids>)
                            UNION ALL SELECT partner_id FROM ticket WHERE partner_id IN (<ids>)) d
                        GROUP BY partner_id
                        """)
                .bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> documents.put(e.getKey(), e.getValue()));
        return rows.stream()
                .map(row -> new PartnerHoldings(
                        new Partner(
                                new PartnerId(row.id()),
                                row.status(),
                                row.name(),
                                phones.getOrDefault(row.id(), Set.of()),
                                row.email(),
                                row.address(),
                                row.origin(),
                                row.mergedInto()),
                        links.getOrDefault(row.id(), List.of()),
                        balances.getOrDefault(row.id(), BigDecimal.ZERO),
                        documents.getOrDefault(row.id(), 0L)))
                .toList();
    }
}
