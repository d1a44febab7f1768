package io.zpl.adapters.persistence;

import io.zpl.application.port.out.DuplicateCandidates;
import io.zpl.domain.duplicate.EvidenceRule;
import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The duplicate scans as set-based SQL: every rule is one {@code GROUP BY} over an indexed key (user_id_by_app, phone,
 * name key with avatar or address, name key) that answers the partners sharing it. Incremental detection runs the same
 * queries restricted to the keys the given partners hold.
 */
public final class JdbiDuplicateCandidates implements DuplicateCandidates {

    private static final String LIVE = "p.status <> 'MERGED'";

    private final Jdbi jdbi;

    public JdbiDuplicateCandidates(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Candidate> all(int bucketLimit) {
        return jdbi.withHandle(h -> {
            List<Candidate> found = new ArrayList<>();
            found.addAll(userIdsByApp(h, "TRUE", bucketLimit, Map.of()));
            found.addAll(phones(h, "TRUE", "TRUE", bucketLimit, Map.of()));
            found.addAll(namesAndAvatars(h, "TRUE", bucketLimit, Map.of()));
            found.addAll(namesAndAddresses(h, "TRUE", bucketLimit, Map.of()));
            found.addAll(names(h, "TRUE", bucketLimit, Map.of()));
            return found;
        });
    }

    @Override
    public List<Candidate> around(Collection<PartnerId> partners, int bucketLimit) {
        if (partners.isEmpty()) {
            return List.of();
        }
        List<Long> ids = partners.stream().map(PartnerId::value).toList();
        return jdbi.withHandle(h -> {
            List<Candidate> found = new ArrayList<>();
            List<String[]> userIds = h.createQuery("""
                            SELECT DISTINCT app_id, user_id_by_app FROM partner_link
                            WHERE partner_id IN (<ids>) AND user_id_by_app IS NOT NULL""")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                    .list();
            if (!userIds.isEmpty()) {
                // the index is (app_id, user_id_by_app): without the Apps MariaDB reads every link
                found.addAll(userIdsByApp(
                        h,
                        "l.app_id IN (<apps>) AND l.user_id_by_app IN (<keys>)",
                        bucketLimit,
                        Map.of(
                                "apps",
                                        userIds.stream()
                                                .map(k -> k[0])
                                                .distinct()
                                                .toList(),
                                "keys",
                                        userIds.stream()
                                                .map(k -> k[1])
                                                .distinct()
                                                .toList())));
            }
            List<String> phones =
                    h.createQuery("""
                            SELECT phone_e164 FROM partner_phone WHERE partner_id IN (<ids>)
                            UNION SELECT shared_phone FROM partner_link
                            WHERE partner_id IN (<ids>) AND shared_phone IS NOT NULL""").bindList("ids", ids).mapTo(String.class).list();
            if (!phones.isEmpty()) {
                found.addAll(phones(
                        h,
                        "pp.phone_e164 IN (<keys>)",
                        "l.shared_phone IN (<keys>)",
                        bucketLimit,
                        Map.of("keys", phones)));
            }
            List<String> names = h.createQuery(
                            "SELECT DISTINCT name_key FROM partner WHERE partner_id IN (<ids>) AND name_key <> ''")
                    .bindList("ids", ids)
                    .mapTo(String.class)
                    .list();
            if (!names.isEmpty()) {
                Map<String, List<String>> keys = Map.of("keys", names);
                found.addAll(namesAndAvatars(h, "p.name_key IN (<keys>)", bucketLimit, keys));
                found.addAll(namesAndAddresses(h, "p.name_key IN (<keys>)", bucketLimit, keys));
                found.addAll(names(h, "p.name_key IN (<keys>)", bucketLimit, keys));
            }
            return found;
        });
    }

    private static List<Candidate> userIdsByApp(Handle h, String filter, int limit, Map<String, List<String>> lists) {
        return buckets(
                h,
                """
                SELECT l.app_id AS k1, l.user_id_by_app AS k2, a.certain_identity_within_app AS trusted,
                       GROUP_CONCAT(DISTINCT l.partner_id) AS ids, COUNT(DISTINCT l.partner_id) AS n
                FROM partner_link l
                JOIN partner p ON p.partner_id = l.partner_id AND <live>
                JOIN zalo_app a ON a.app_id = l.app_id
                WHERE l.user_id_by_app IS NOT NULL AND <filter>
                GROUP BY l.app_id, l.user_id_by_app
                HAVING n BETWEEN 2 AND :limit""",
                filter,
                limit,
                lists,
                rs -> rs.getBoolean("trusted")
                        ? EvidenceRule.SAME_USER_ID_BY_APP
                        : EvidenceRule.SAME_USER_ID_BY_APP_UNTRUSTED,
                2);
    }

    private static List<Candidate> phones(
            Handle h, String phoneFilter, String sharedFilter, int limit, Map<String, List<String>> lists) {
        return buckets(
                h,
                """
                SELECT x.phone AS k1, GROUP_CONCAT(DISTINCT x.partner_id) AS ids, COUNT(DISTINCT x.partner_id) AS n
                FROM (SELECT pp.partner_id, pp.phone_e164 AS phone
                      FROM partner_phone pp JOIN partner p ON p.partner_id = pp.partner_id AND <live>
                      WHERE <filter>
                      UNION ALL
                      SELECT l.partner_id, l.shared_phone
                      FROM partner_link l JOIN partner p ON p.partner_id = l.partner_id AND <live>
                      WHERE l.shared_phone IS NOT NULL AND <sharedFilter>) x
                GROUP BY x.phone
                HAVING n BETWEEN 2 AND :limit""".replace("<sharedFilter>", sharedFilter),
                phoneFilter,
                limit,
                lists,
                rs -> EvidenceRule.SAME_PHONE,
                1);
    }

    private static List<Candidate> namesAndAvatars(
            Handle h, String filter, int limit, Map<String, List<String>> lists) {
        return buckets(h, """
                SELECT p.name_key AS k1, l.avatar_url AS k2,
                       GROUP_CONCAT(DISTINCT p.partner_id) AS ids, COUNT(DISTINCT p.partner_id) AS n
                FROM partner p JOIN partner_link l ON l.partner_id = p.partner_id
                WHERE <live> AND p.name_key <> '' AND l.avatar_url IS NOT NULL AND <filter>
                GROUP BY p.name_key, l.avatar_url
                HAVING n BETWEEN 2 AND :limit""", filter, limit, lists, rs -> EvidenceRule.SAME_NAME_AND_AVATAR, 2);
    }

    private static List<Candidate> namesAndAddresses(
            Handle h, String filter, int limit, Map<String, List<String>> lists) {
        return buckets(h, """
                SELECT x.name_key AS k1, x.address AS k2,
                       GROUP_CONCAT(DISTINCT x.partner_id) AS ids, COUNT(DISTINCT x.partner_id) AS n
                FROM (SELECT p.partner_id, p.name_key, p.address FROM partner p
                      WHERE <live> AND p.address IS NOT NULL AND p.name_key <> '' AND <filter>
                      UNION ALL
                      SELECT p.partner_id, p.name_key, l.shared_address
                      FROM partner p JOIN partner_link l ON l.partner_id = p.partner_id
                      WHERE <live> AND l.shared_address IS NOT NULL AND p.name_key <> '' AND <filter>) x
                GROUP BY x.name_key, x.address
                HAVING n BETWEEN 2 AND :limit""", filter, limit, lists, rs -> EvidenceRule.SAME_NAME_AND_ADDRESS, 2);
    }

    private static List<Candidate> names(Handle h, String filter, int limit, Map<String, List<String>> lists) {
        return buckets(h, """
                SELECT p.name_key AS k1, GROUP_CONCAT(p.partner_id) AS ids, COUNT(*) AS n
                FROM partner p
                WHERE p.status IN ('VERIFIED', 'SHADOW') AND p.name_key <> '' AND <filter>
                GROUP BY p.name_key
                HAVING n BETWEEN 2 AND :limit""", filter, limit, lists, rs -> EvidenceRule.SAME_NAME, 1);
    }

    private interface RuleOf {
        EvidenceRule of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private static List<Candidate> buckets(
            Handle h,
            String sql,
            String filter,
            int limit,
            Map<String, List<String>> lists,
            RuleOf rule,
            int keyCount) {
        Query query = h.createQuery(sql.replace("<live>", LIVE).replace("<filter>", filter))
                .bind("limit", limit);
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
