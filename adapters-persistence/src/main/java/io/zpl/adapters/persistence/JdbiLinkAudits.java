package io.zpl.adapters.persistence;

import static io.zpl.adapters.persistence.Rows.instant;

import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkCursor;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.SyncOutcome;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jspecify.annotations.Nullable;

/**
 * The Zalo Partners grid on MariaDB: keyset pages on the per-order indexes of {@code partner_link}, finding filters on
 * the columns V3 keeps on the link (partner status, duplicate flag), counts as index range counts.
 */
public final class JdbiLinkAudits implements LinkAudits {

    private static final RowMapper<LinkRow> ROW = (rs, ctx) -> new LinkRow(
            JdbiPartnerLinks.LINK.map(rs, ctx),
            rs.getString("partner_name"),
            PartnerStatus.valueOf(rs.getString("partner_status")),
            rs.getBoolean("suspected_duplicate"));

    private static final String SELECT = """
            SELECT l.*, p.name AS partner_name
            FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
            """;

    private static final RowMapper<LinkMessage> MESSAGE = (rs, ctx) -> new LinkMessage(
            instant(rs, "sent_at"), rs.getString("direction"), rs.getString("event_name"), rs.getString("text"));

    /**
     * The OA's links as one index range, forced: EXPLAIN's rows are what the chosen access reads, and a full scan (which
     * MariaDB chose when it re-ran this statement prepared on the server) reads every OA's links.
     */
    private static final String OA_LINKS = "SELECT 1 FROM partner_link FORCE INDEX (uq_link_oa_user) WHERE oa_id = :oa";

    private static final String WORD_RANGE = "SELECT 1 FROM link_search_word WHERE oa_id = :oa AND word LIKE :word";

    private final Jdbi jdbi;

    public JdbiLinkAudits(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LinkRow> page(LinkFilter filter, AuditSort sort, @Nullable LinkCursor after, int limit) {
        return jdbi.withHandle(h -> {
            var sql = LinkQuery.of(filter, sort, after, drivingWord(h, filter, limit));
            List<LinkRow> rows = new ArrayList<>();
            for (String where : sql.wheres()) {
                rows.addAll(sql.bindTo(h.createQuery(SELECT + where + sql.orderBy() + " LIMIT :limit"))
                        .bind("limit", limit - rows.size())
                        .map(ROW)
                        .list());
                if (rows.size() == limit) {
                    break;
                }
            }
            return rows;
        });
    }

    @Override
    public void forEach(LinkFilter filter, AuditSort sort, Consumer<LinkRow> sink) {
        jdbi.useHandle(h -> {
            var sql = LinkQuery.of(filter, sort, null, drivingWord(h, filter, Long.MAX_VALUE));
            sql.bindTo(h.createQuery(selectAll(filter, sort) + sql.wheres().getFirst() + sql.orderBy()))
                    .setFetchSize(2_000)
                    .map(ROW)
                    .forEach(sink);
        });
    }

    /**
     * Without a LIMIT, MariaDB reads a whole OA by scanning every OA's links and sorting the OA's; its order index, row
     * by row, is a quarter faster. A filter or search keeps the optimiser's choice: another index may serve it better.
     */
    private static String selectAll(LinkFilter filter, AuditSort sort) {
        if (!filter.findings().isEmpty() || filter.text() != null) {
            return SELECT;
        }
        String index = switch (sort) {
            case LAST_MESSAGE -> "ix_link_oa_last_message";
            case NAME -> "ix_link_oa_name";
            case LAST_SYNC -> "ix_link_oa_synced";
        };
        return SELECT.replace("partner_link l", "partner_link l FORCE INDEX (" + index + ")");
    }

    /**
     * The searched word to start from, when starting from its links is cheaper than reading the OA's links in page
     * order until {@code wanted} rows match; null otherwise. Both costs come from MariaDB's own row estimates (index
     * dives, no rows read): reading in page order takes about {@code wanted / selectivity} rows, the words taken as
     * independent. So "nguyen van" reads the OA in order (a page fills early) while "Trần Thị Lan" or a name no one has
     * starts from its rarest word.
     */
    private static @Nullable Integer drivingWord(Handle h, LinkFilter filter, long wanted) {
        SearchText text = filter.text();
        if (text == null || !LinkQuery.hasName(text)) {
            return null;
        }
        double links = Math.max(1, estimate(h, OA_LINKS, filter, ""));
        double inOrder = wanted;
        Integer rarest = null;
        double fewest = Double.MAX_VALUE;
        for (int i = 0; i < text.words().size(); i++) {
            double withWord =
                    Math.max(1, estimate(h, WORD_RANGE, filter, text.words().get(i) + "%"));
            inOrder *= links / withWord;
            if (withWord < fewest) {
                fewest = withWord;
                rarest = i;
            }
        }
        return fewest < Math.min(inOrder, links) ? rarest : null;
    }

    private static long estimate(Handle h, String select, LinkFilter filter, String word) {
        return h.createQuery("EXPLAIN " + select)
                .bind("oa", filter.oa().value())
                .bind("word", word)
                .map((rs, ctx) -> rs.getLong("rows"))
                .one();
    }

    @Override
    public Optional<LinkRow> find(LinkId id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE l.link_id = :id")
                .bind("id", id.value())
                .map(ROW)
                .findOne());
    }

    @Override
    public FindingTally tally(OaId oa, Instant staleBefore) {
        // links and stale profiles in one pass over the OA's (profile_synced_at) index, forced: MariaDB's own choices
        // counted the wider (oa_id, zalo_user_id) index and read the OA twice, 2-4× slower (a merge pays it per OA)
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT s.links, s.links - s.fresh AS stale,
                               (SELECT COUNT(*) FROM partner_link WHERE oa_id = :oa AND <shadow>) AS shadow,
                               (SELECT COUNT(*) FROM partner_link WHERE oa_id = :oa AND <duplicate>) AS duplicate,
                               (SELECT COUNT(*) FROM partner_link WHERE oa_id = :oa AND <failing>) AS failing,
                               (SELECT COUNT(*) FROM partner_link WHERE oa_id = :oa AND <silent>) AS silent
                        FROM (SELECT COUNT(*) AS links, COALESCE(SUM(profile_synced_at >= :staleBefore), 0) AS fresh
                              FROM partner_link FORCE INDEX (ix_link_oa_synced)
                              WHERE oa_id = :oa) s
                        """)
                .define("shadow", unqualified(Finding.SHADOW_UNVERIFIED))
                .define("duplicate", unqualified(Finding.SUSPECTED_DUPLICATE))
                .define("failing", unqualified(Finding.SYNC_FAILING))
                .define("silent", unqualified(Finding.NO_MESSAGE_HISTORY))
                .bind("oa", oa.value())
                .bind("staleBefore", Rows.utc(staleBefore))
                .map((rs, ctx) -> {
                    Map<Finding, Long> counts = new EnumMap<>(Finding.class);
                    counts.put(Finding.SHADOW_UNVERIFIED, rs.getLong("shadow"));
                    counts.put(Finding.SUSPECTED_DUPLICATE, rs.getLong("duplicate"));
                    counts.put(Finding.STALE_PROFILE, rs.getLong("stale"));
                    counts.put(Finding.SYNC_FAILING, rs.getLong("failing"));
                    counts.put(Finding.NO_MESSAGE_HISTORY, rs.getLong("silent"));
                    return new FindingTally(rs.getLong("links"), counts);
                })
                .one());
    }

    @Override
    public List<LinkMessage> latestMessages(LinkId id, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT sent_at, direction, event_name, text FROM zalo_message
                        WHERE link_id = :id ORDER BY sent_at DESC, message_id DESC LIMIT :limit
                        """)
                .bind("id", id.value())
                .bind("limit", limit)
                .map(MESSAGE)
                .list());
    }

    /** The SQL condition of a finding over {@code partner_link l}, with {@code :staleBefore} bound by the caller. */
    static String condition(Finding finding) {
        return switch (finding) {
            case SHADOW_UNVERIFIED -> "l.partner_status = 'SHADOW'";
            case SUSPECTED_DUPLICATE -> "l.suspected_duplicate";
            case STALE_PROFILE -> "(l.profile_synced_at IS NULL OR l.profile_synced_at < :staleBefore)";
            case SYNC_FAILING -> "l.last_sync_outcome IN (" + permanentFailures() + ")";
            case NO_MESSAGE_HISTORY -> "l.message_count = 0";
        };
    }

    private static String unqualified(Finding finding) {
        return condition(finding).replace("l.", "");
    }

    private static String permanentFailures() {
        return String.join(
                ", ",
                Arrays.stream(SyncOutcome.values())
                        .filter(SyncOutcome::isPermanentFailure)
                        .map(outcome -> "'" + outcome.name() + "'")
                        .toList());
    }
}
