package io.zpl.adapters.persistence;

import io.zpl.application.port.out.DuplicateCandidates;
import io.zpl.domain.duplicate.EvidenceRule;
import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The duplicate scans as set-based SQL: every rule groups partners by a shared key (user_id_by_app, phone, name key
 * with avatar or address, name key), never pairwise. The full scan reads each key's index in key order (V10 made them
 * covering); incremental detection looks up only the keys the given partners hold.
 */
public final class JdbiDuplicateCandidates implements DuplicateCandidates {

    private static final String LIVE = "p.status <> 'MERGED'";
    private static final int KEYS_PER_QUERY = 1_000;

    private final Jdbi jdbi;

    public JdbiDuplicateCandidates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Candidate> all(int bucketLimit) {
        List<Candidate> found = new ArrayList<>(jdbi.withHandle(h -> sharedUserIds(h, bucketLimit)));
        found.addAll(SharedPhoneScan.all(jdbi, bucketLimit));
        jdbi.useHandle(h -> {
            found.addAll(namesAndAvatars(h, "l.avatar_url IS NOT NULL", bucketLimit, Map.of()));
            found.addAll(namesAndAddresses(
                    h, "p.address IS NOT NULL", "l.shared_address IS NOT NULL", bucketLimit, Map.of()));
            found.addAll(names(h, "TRUE", bucketLimit, Map.of()));
        });
        return found;
    }

    /**
     * Two steps, because counting distinct partners per key over a million links is slow: the (app, user id) keys
     * held by two or more partners, read in index order, then the buckets of those few keys.
     */
    private static List<Candidate> sharedUserIds(Handle h, int limit) {
        List<String[]> shared = h.createQuery("""
                        SELECT app_id, user_id_by_app FROM partner_link WHERE user_id_by_app IS NOT NULL
                        GROUP BY app_id, user_id_by_app HAVING MIN(partner_id) <> MAX(partner_id)""")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        Set<Candidate> found = new LinkedHashSet<>();
        for (int from = 0; from < shared.size(); from += KEYS_PER_QUERY) {
            found.addAll(userIdsByApp(h, shared.subList(from, Math.min(shared.size(), from + KEYS_PER_QUERY)), limit));
        }
        return List.copyOf(found);
    }

    @Override
    public List<Candidate> around(Collection<PartnerId> partners, int bucketLimit) {
        if (partners.isEmpty()) {
            return List.of();
        }
        List<Long> ids = partners.stream().map(PartnerId::value).toList();
        return jdbi.withHandle(h -> {
            Map<String, List<String[]>> keys = keysOf(h, ids);
            List<Candidate> found = new ArrayList<>();
            List<String[]> userIds = keys.getOrDefault("app", List.of());
            if (!userIds.isEmpty()) {
                found.addAll(userIdsByApp(h, userIds, bucketLimit));
            }
            List<String> phones = first(keys, "phone");
            if (!phones.isEmpty()) {
                found.addAll(buckets(
                        h,
                        phoneSql("pp.phone_e164 IN (<keys>)", "l.shared_phone IN (<keys>)"),
                        bucketLimit,
                        Map.of("keys", phones),
                        rs -> EvidenceRule.SAME_PHONE,
                        1));
            }
            List<String> avatars = first(keys, "avatar");
            if (!avatars.isEmpty()) {
                found.addAll(namesAndAvatars(h, "l.avatar_url IN (<keys>)", bucketLimit, Map.of("keys", avatars)));
            }
            List<String> addresses = first(keys, "address");
            if (!addresses.isEmpty()) {
                found.addAll(namesAndAddresses(
                        h,
                        "p.address IN (<keys>)",
                        "l.shared_address IN (<keys>)",
                        bucketLimit,
                        Map.of("keys", addresses)));
            }
            for (String name : first(keys, "name")) {
                found.addAll(sameName(h, name, bucketLimit));
            }
            return found;
        });
    }

    /** Every key these partners hold, by kind, in one round trip: App user ids, phones, avatars, addresses, names. */
    private static Map<String, List<String[]>> keysOf(Handle h, List<Long> ids) {
        return h
                .createQuery("""
                        SELECT 'app' AS kind, app_id AS k1, user_id_by_app AS k2 FROM partner_link
                        WHERE partner_id IN (<ids>) AND user_id_by_app IS NOT NULL
                        UNION SELECT 'phone', phone_e164, NULL FROM partner_phone WHERE partner_id IN (<ids>)
                        UNION SELECT 'phone', shared_phone, NULL FROM partner_link
                        WHERE partner_id IN (<ids>) AND shared_phone IS NOT NULL
                        UNION SELECT 'avatar', avatar_url, NULL FROM partner_link
                        WHERE partner_id IN (<ids>) AND avatar_url IS NOT NULL
                        UNION SELECT 'address', address, NULL FROM partner WHERE partner_id IN (<ids>) AND address IS NOT NULL
                        UNION SELECT 'address', shared_address, NULL FROM partner_link
                        WHERE partner_id IN (<ids>) AND shared_address IS NOT NULL
                        UNION SELECT 'name', name_key, NULL FROM partner WHERE partner_id IN (<ids>) AND name_key <> ''""")
                .bindList("ids", ids)
                .map((rs, ctx) -> new String[] {rs.getString("kind"), rs.getString("k1"), rs.getString("k2")})
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        k -> k[0], Collectors.mapping(k -> new String[] {k[1], k[2]}, Collectors.toList())));
    }

    private static List<String> first(Map<String, List<String[]>> keys, String kind) {
        return keys.getOrDefault(kind, List.of()).stream().map(k -> k[0]).toList();
    }

    /** The (app, user id) buckets of these keys; over-selecting other pairs of the same Apps and ids is harmless. */
    private static List<Candidate> userIdsByApp(Handle h, List<String[]> keys, int limit) {
        return buckets(
                h,
                """
                SELECT l.app_id AS k1, l.user_id_by_app AS k2, a.certain_identity_within_app AS trusted,
                       GROUP_CONCAT(DISTINCT l.partner_id) AS ids, COUNT(DISTINCT l.partner_id) AS n
                FROM partner_link l
                JOIN partner p ON p.partner_id = l.partner_id AND <live>
                JOIN zalo_app a ON a.app_id = l.app_id
                WHERE l.app_id IN (<apps>) AND l.user_id_by_app IN (<keys>)
                GROUP BY l.app_id, l.user_id_by_app
                HAVING n BETWEEN 2 AND :limit""",
                limit,
                Map.of(
                        "apps", keys.stream().map(k -> k[0]).distinct().toList(),
                        "keys", keys.stream().map(k -> k[1]).distinct().toList()),
                rs -> rs.getBoolean("trusted")
                        ? EvidenceRule.SAME_USER_ID_BY_APP
                        : EvidenceRule.SAME_USER_ID_BY_APP_UNTRUSTED,
                2);
    }

    private static String phoneSql(String phoneFilter, String sharedFilter) {
        return """
                SELECT x.phone AS k1, GROUP_CONCAT(DISTINCT x.partner_id) AS ids, COUNT(DISTINCT x.partner_id) AS n
                FROM (SELECT pp.partner_id, pp.phone_e164 AS phone
                      FROM partner_phone pp JOIN partner p ON p.partner_id = pp.partner_id AND <live>
                      WHERE <phoneFilter>
                      UNION ALL
                      SELECT l.partner_id, l.shared_phone
                      FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id AND <live>
                      WHERE <sharedFilter>) x
                GROUP BY x.phone
                HAVING n BETWEEN 2 AND :limit""".replace("<phoneFilter>", phoneFilter).replace("<sharedFilter>", sharedFilter);
    }

    /** Driven by the avatar (an index on it), so a very common name costs nothing. */
    private static List<Candidate> namesAndAvatars(
            Handle h, String avatarFilter, int limit, Map<String, List<String>> lists) {
        return buckets(
                h,
                """
                SELECT p.name_key AS k1, l.avatar_url AS k2,
                       GROUP_CONCAT(DISTINCT p.partner_id) AS ids, COUNT(DISTINCT p.partner_id) AS n
                FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
                WHERE <live> AND p.name_key <> '' AND <avatarFilter>
                GROUP BY p.name_key, l.avatar_url
                HAVING n BETWEEN 2 AND :limit""".replace("<avatarFilter>", avatarFilter),
                limit,
                lists,
                rs -> EvidenceRule.SAME_NAME_AND_AVATAR,
                2);
    }

    /** Driven by the address (indexes on the partner's address and the links' shared address). */
    private static List<Candidate> namesAndAddresses(
            Handle h, String partnerFilter, String linkFilter, int limit, Map<String, List<String>> lists) {
        return buckets(
                h,
                """
                SELECT x.name_key AS k1, x.address AS k2,
                       GROUP_CONCAT(DISTINCT x.partner_id) AS ids, COUNT(DISTINCT x.partner_id) AS n
                FROM (SELECT p.partner_id, p.name_key, p.address FROM partner p
                      WHERE <live> AND p.name_key <> '' AND <partnerFilter>
                      UNION ALL
                      SELECT p.partner_id, p.name_key, l.shared_address
                      FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id
                      WHERE <live> AND p.name_key <> '' AND <linkFilter>) x
                GROUP BY x.name_key, x.address
                HAVING n BETWEEN 2 AND :limit""".replace("<partnerFilter>", partnerFilter).replace("<linkFilter>", linkFilter),
                limit,
                lists,
                rs -> EvidenceRule.SAME_NAME_AND_ADDRESS,
                2);
    }

    /** Every name key's live partners, in index order (name_key, status, partner_id): no sort, no row read. */
    private static List<Candidate> names(Handle h, String filter, int limit, Map<String, List<String>> lists) {
        return buckets(h, """
                SELECT p.name_key AS k1, GROUP_CONCAT(p.partner_id) AS ids, COUNT(*) AS n
                FROM partner p
                WHERE p.status IN ('VERIFIED', 'SHADOW') AND p.name_key <> '' AND <filter>
                GROUP BY p.name_key
                HAVING n BETWEEN 2 AND :limit""".replace("<filter>", filter), limit, lists, rs -> EvidenceRule.SAME_NAME, 1);
    }

    /** One name's bucket, reading at most one partner past the limit: a common name stops there. */
    private static List<Candidate> sameName(Handle h, String nameKey, int limit) {
        List<Long> ids = h.createQuery("""
                        SELECT partner_id FROM partner
                        WHERE name_key = :key AND status IN ('VERIFIED', 'SHADOW') LIMIT :over""")
                .bind("key", nameKey)
                .bind("over", limit + 1)
                .mapTo(Long.class)
                .list();
        if (ids.size() < 2 || ids.size() > limit) {
            return List.of();
        }
        return List.of(new Candidate(
                EvidenceRule.SAME_NAME,
                List.of(nameKey),
                ids.stream().map(PartnerId::new).collect(Collectors.toSet())));
    }

    private interface RuleOf {
        EvidenceRule of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static List<Candidate> buckets(
            Handle h, String sql, int limit, Map<String, List<String>> lists, RuleOf rule, int keyCount) {
        Query query = h.createQuery(sql.replace("<live>", LIVE)).bind("limit", limit);
        lists.forEach(query::bindList);
        return query.map((rs, ctx) -> {
                    List<String> k = new ArrayList<>(keyCount);
                    for (int i = 1; i <= keyCount; i++) {
                        k.add(rs.getString("k" + i));
                    }
                    Set<PartnerId> ids = Arrays.stream(rs.getString("ids").split(","))
                            .map(id -> new PartnerId(Long.parseLong(id)))
                            .collect(Collectors.toSet());
                    return new Candidate(rule.of(rs), k, ids);
                })
                .list();
    }
}
