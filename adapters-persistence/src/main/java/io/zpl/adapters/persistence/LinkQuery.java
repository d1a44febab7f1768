package io.zpl.adapters.persistence;

import io.zpl.application.port.out.LinkAudits.LinkFilter;
import io.zpl.application.port.out.LinkCursor;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.audit.AuditSort;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;

/**
 * The WHERE and ORDER BY of one Zalo Partners query. MariaDB sorts NULL lowest: the last-message order runs
 * descending (silent links last), the name and sync orders ascending (never-synced first), link id breaking ties
 * in the same direction, so that every order is one range scan of its index.
 */
record LinkQuery(
        LinkFilter filter, AuditSort sort, @Nullable LinkCursor after, List<String> wheres, String orderBy) {

    /** @param drivingWord the index of the word to start from, or null to read the OA's links in page order */
    static LinkQuery of(LinkFilter filter, AuditSort sort, @Nullable LinkCursor after, @Nullable Integer drivingWord) {
        List<String> conditions = new ArrayList<>();
        conditions.add("l.oa_id = :oa");
        if (!filter.findings().isEmpty()) {
            conditions.add(filter.findings().stream()
                    .sorted()
                    .map(JdbiLinkAudits::condition)
                    .collect(Collectors.joining(" OR ", "(", ")")));
        }
        if (filter.text() != null) {
            conditions.add(search(filter.text(), drivingWord));
        }
        String column = column(sort);
        boolean descending = sort == AuditSort.LAST_MESSAGE;
        String direction = descending ? " DESC" : " ASC";
        String base = " WHERE " + String.join(" AND ", conditions);
        List<String> wheres = after == null
                ? List.of(base)
                : keyset(column, descending, after.key() == null).stream()
                        .map(segment -> base + " AND " + segment)
                        .toList();
        return new LinkQuery(
                filter, sort, after, wheres, " ORDER BY " + column + direction + ", l.link_id" + direction);
    }

    Query bindTo(Query query) {
        query.bind("oa", filter.oa().value()).bind("staleBefore", Rows.utc(filter.staleBefore()));
        SearchText text = filter.text();
        if (text != null) {
            for (int i = 0; i < text.words().size(); i++) {
                query.bind("w" + i, text.words().get(i) + "%")
                        .bind("inner" + i, "% " + text.words().get(i) + "%");
            }
            query.bind("phone", text.phone() == null ? null : text.phone().e164());
            query.bind("zaloUserId", text.zaloUserId());
        }
        if (after != null) {
            query.bind("afterId", after.linkId());
            if (after.key() != null) {
                query.bind("afterKey", sort == AuditSort.NAME ? after.key() : Rows.utc(after.instantKey()));
            }
        }
        return query;
    }

    private static String column(AuditSort sort) {
        return switch (sort) {
            case LAST_MESSAGE -> "l.last_message_at";
            case NAME -> "l.display_name";
            case LAST_SYNC -> "l.profile_synced_at";
        };
    }

    /**
     * The rows after the cursor as consecutive segments, each a plain range MariaDB can seek to: an OR with
     * {@code IS NULL} would make it scan from the top instead. Where NULLs sort last (descending) they are a second
     * segment; where they sort first (ascending) a NULL cursor is followed by every non-NULL row.
     */
    private static List<String> keyset(String column, boolean descending, boolean nullKey) {
        if (descending) {
            return nullKey
                    ? List.of("(" + column + " IS NULL AND l.link_id < :afterId)")
                    : List.of(
                            "(" + column + " <= :afterKey AND (" + column + " < :afterKey OR l.link_id < :afterId))",
                            "(" + column + " IS NULL)");
        }
        return nullKey
                ? List.of("(" + column + " IS NULL AND l.link_id > :afterId)", "(" + column + " IS NOT NULL)")
                : List.of("(" + column + " >= :afterKey AND (" + column + " > :afterKey OR l.link_id > :afterId))");
    }

    /**
     * Every word begins a word of the Zalo name, alias or partner name (folded into {@code l.search_words} by triggers;
     * the collation ignores accents) when the text has letters, or the exact Zalo user id, or the phone shared on the
     * link or held by the partner. A rare word (chosen by {@link JdbiLinkAudits}) drives the query from
     * {@code link_search_word}, so a rare name or no match reads a few index entries instead of the OA's links.
     */
    private static String search(SearchText text, @Nullable Integer drivingWord) {
        List<String> alternatives = new ArrayList<>();
        if (hasName(text)) {
            List<String> words = new ArrayList<>();
            if (drivingWord != null) {
                words.add("l.link_id IN (SELECT w.link_id FROM link_search_word w WHERE w.oa_id = :oa"
                        + " AND w.word LIKE :w" + drivingWord + ")");
            }
            for (int i = 0; i < text.words().size(); i++) {
                words.add("(l.search_words LIKE :w" + i + " OR l.search_words LIKE :inner" + i + ")");
            }
            alternatives.add("(" + String.join(" AND ", words) + ")");
        }
        List<String> identified = new ArrayList<>();
        if (text.zaloUserId() != null) {
            identified.add("SELECT link_id FROM partner_link WHERE oa_id = :oa AND zalo_user_id = :zaloUserId");
        }
        if (text.phone() != null) {
            identified.add("SELECT link_id FROM partner_link WHERE shared_phone = :phone");
            identified.add("SELECT i.link_id FROM partner_phone pp JOIN partner_link i ON i.partner_id = pp.partner_id"
                    + " WHERE pp.phone_e164 = :phone");
        }
        if (!identified.isEmpty()) {
            // identifiers are index lookups: a small set of links, not a scan of the OA
            // (the derived table lets MariaDB materialise the UNION once instead of re-running it per link)
            alternatives.add("l.link_id IN (SELECT u.link_id FROM (" + String.join(" UNION ", identified) + ") u)");
        }
        return alternatives.isEmpty() ? "FALSE" : "(" + String.join(" OR ", alternatives) + ")";
    }

    static boolean hasName(SearchText text) {
        return !text.words().isEmpty() && text.raw().codePoints().anyMatch(Character::isLetter);
    }
}
