package io.zpl.adapters.persistence;

import io.zpl.application.port.out.DuplicateGroups;
import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.duplicate.Evidence;
import io.zpl.domain.duplicate.EvidenceRule;
import io.zpl.domain.duplicate.GroupState;
import io.zpl.domain.duplicate.SuspectedGroup;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public final class JdbiDuplicateGroups implements DuplicateGroups {

    private static final String TIER_RANK = "FIELD(g.tier, 'CERTAIN', 'STRONG', 'PROBABLE', 'POSSIBLE') - 1";

    private final Jdbi jdbi;

    public JdbiDuplicateGroups(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Stored(long id, Set<Long> members, GroupState state, Set<String> lines) {}

    @Override
    public SyncCounts sync(Optional<Set<PartnerId>> scope, List<SuspectedGroup> found, Instant now) {
        return jdbi.inTransaction(h -> {
            List<Stored> existing = existing(h, scope);
            Map<String, Stored> byKey = new HashMap<>();
            Map<Long, List<Stored>> dismissedByMember = new HashMap<>();
            for (Stored s : existing) {
                byKey.put(key(s.members()), s);
                if (s.state() == GroupState.DISMISSED) {
                    s.members()
                            .forEach(m -> dismissedByMember
                                    .computeIfAbsent(m, k -> new ArrayList<>())
                                    .add(s));
                }
            }
            int opened = 0, reopened = 0, updated = 0, kept = 0;
            Set<Long> seen = new HashSet<>();
            List<SuspectedGroup> toInsert = new ArrayList<>();
            List<GroupState> insertStates = new ArrayList<>();
            for (SuspectedGroup group : found) {
                Set<String> lines = lines(group);
                Stored stored = byKey.get(group.memberKey());
                if (stored == null) {
                    boolean covered = coveredByDismissal(group, lines, dismissedByMember);
                    toInsert.add(group);
                    insertStates.add(covered ? GroupState.DISMISSED : GroupState.OPEN);
                    if (covered) {
                        kept++;
                    } else {
                        opened++;
                    }
                    continue;
                }
                seen.add(stored.id());
                if (stored.state() == GroupState.DISMISSED) {
                    if (stored.lines().containsAll(lines)) {
                        kept++;
                    } else {
                        update(h, stored.id(), group, GroupState.OPEN, now);
                        reopened++;
                    }
                } else if (!stored.lines().equals(lines)) {
                    update(h, stored.id(), group, GroupState.OPEN, now);
                    updated++;
                }
            }
            List<Long> dropped = existing.stream()
                    .filter(s -> s.state() == GroupState.OPEN && !seen.contains(s.id()))
                    .map(Stored::id)
                    .toList();
            for (int from = 0; from < dropped.size(); from += 1_000) {
                h.createUpdate("DELETE FROM duplicate_group WHERE group_id IN (<ids>)")
                        .bindList("ids", dropped.subList(from, Math.min(dropped.size(), from + 1_000)))
                        .execute();
            }
            insert(h, toInsert, insertStates, now);
            return new SyncCounts(opened, reopened, updated, kept, dropped.size());
        });
    }

    private static boolean coveredByDismissal(
            SuspectedGroup group, Set<String> lines, Map<Long, List<Stored>> dismissedByMember) {
        Set<Long> members = group.members().stream().map(PartnerId::value).collect(Collectors.toSet());
        return dismissedByMember.getOrDefault(group.members().first().value(), List.of()).stream()
                .anyMatch(d -> d.members().containsAll(members) && d.lines().containsAll(lines));
    }

    private static List<Stored> existing(Handle h, Optional<Set<PartnerId>> scope) {
        String inScope = scope.isEmpty()
                ? ""
                : " AND g.group_id IN (SELECT s.group_id FROM duplicate_group_member s WHERE s.partner_id IN (<ids>))";
        var query = h.createQuery("""
                SELECT g.group_id, g.state, g.evidence, GROUP_CONCAT(m.partner_id) AS ids
                FROM duplicate_group g JOIN duplicate_group_member m ON m.group_id = g.group_id
                WHERE g.state IN ('OPEN', 'DISMISSED')""" + inScope + " GROUP BY g.group_id");
        scope.ifPresent(ids -> query.bindList("ids", JdbiPartnerCards.ids(ids)));
        return query.map((rs, ctx) -> new Stored(
                        rs.getLong("group_id"),
                        Arrays.stream(rs.getString("ids").split(","))
                                .map(Long::parseLong)
                                .collect(Collectors.toSet()),
                        GroupState.valueOf(rs.getString("state")),
                        new LinkedHashSet<>(List.of(rs.getString("evidence").split("\n")))))
                .list();
    }

    /** The member key as stored: the ids themselves, or a digest of them when a large cluster would not fit. */
    static String storedKey(String memberKey) {
        if (memberKey.length() <= 500) {
            return memberKey;
        }
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(memberKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "#" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Handle h, long id, SuspectedGroup group, GroupState state, Instant now) {
        h.createUpdate("""
                        UPDATE duplicate_group SET tier = :tier, state = :state, evidence = :evidence,
                            evidence_hash = :hash, dismissed_by = NULL, dismissed_reason = NULL, dismissed_at = NULL,
                            updated_at = :now
                        WHERE group_id = :id""")
                .bind("id", id)
                .bind("tier", group.tier().name())
                .bind("state", state.name())
                .bind("evidence", String.join("\n", lines(group)))
                .bind("hash", group.evidenceHash())
                .bind("now", Rows.utc(now))
                .execute();
    }

    /** New groups in bulk; a resolved group with the same members (after an undo, say) is opened again. */
    private static void insert(Handle h, List<SuspectedGroup> groups, List<GroupState> states, Instant now) {
        for (int from = 0; from < groups.size(); from += 1_000) {
            int to = Math.min(groups.size(), from + 1_000);
            var batch = h.prepareBatch("""
                    INSERT INTO duplicate_group (tier, state, member_key, evidence, evidence_hash, created_at, updated_at)
                    VALUES (:tier, :state, :key, :evidence, :hash, :now, :now)
                    ON DUPLICATE KEY UPDATE tier = VALUE(tier), state = VALUE(state), evidence = VALUE(evidence),
                        evidence_hash = VALUE(evidence_hash), updated_at = VALUE(updated_at)""");
            Map<String, SuspectedGroup> byKey = new HashMap<>();
            for (int i = from; i < to; i++) {
                SuspectedGroup g = groups.get(i);
                byKey.put(storedKey(g.memberKey()), g);
                batch.bind("tier", g.tier().name())
                        .bind("state", states.get(i).name())
                        .bind("key", storedKey(g.memberKey()))
                        .bind("evidence", String.join("\n", lines(g)))
                        .bind("hash", g.evidenceHash())
                        .bind("now", Rows.utc(now))
                        .add();
            }
            batch.execute();
            var members =
                    h.prepareBatch("INSERT IGNORE INTO duplicate_group_member (group_id, partner_id) VALUES (:g, :p)");
            h.createQuery("SELECT group_id, member_key FROM duplicate_group WHERE member_key IN (<keys>)")
                    .bindList("keys", List.copyOf(byKey.keySet()))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .forEach(e -> byKey.get(e.getValue())
                            .members()
                            .forEach(p -> members.bind("g", e.getKey())
                                    .bind("p", p.value())
                                    .add()));
            members.execute();
        }
    }

    @Override
    public List<DuplicateGroupView> page(DuplicateQuery query, int limit) {
        return jdbi.withHandle(h -> {
            String tierFilter = query.tier() == null ? "g.tier <> 'POSSIBLE'" : "g.tier = :tier";
            String oaFilter = query.oaId() == null ? "" : """
                      AND EXISTS (SELECT 1 FROM duplicate_group_member m
                                  JOIN partner_link l ON l.partner_id = m.partner_id
                                  WHERE m.group_id = g.group_id AND l.oa_id = :oa)""";
            var q = h.createQuery("SELECT g.group_id, g.tier, g.state, g.evidence FROM duplicate_group g "
                            + "WHERE g.state = 'OPEN' AND " + tierFilter + oaFilter
                            + " AND (" + TIER_RANK + " > :rank OR (" + TIER_RANK + " = :rank AND g.group_id > :after))"
                            + " ORDER BY " + TIER_RANK + ", g.group_id LIMIT :limit")
                    .bind("rank", query.afterRank())
                    .bind("after", query.afterGroupId())
                    .bind("limit", limit);
            if (query.tier() != null) {
                q.bind("tier", query.tier().name());
            }
            if (query.oaId() != null) {
                q.bind("oa", query.oaId().value());
            }
            return views(
                    h,
                    q.map((rs, ctx) -> new Row(
                                    rs.getLong("group_id"),
                                    DuplicateTier.valueOf(rs.getString("tier")),
                                    GroupState.valueOf(rs.getString("state")),
                                    rs.getString("evidence")))
                            .list());
        });
    }

    @Override
    public Optional<DuplicateGroupView> find(long groupId) {
        return jdbi.withHandle(h -> views(
                        h,
                        h.createQuery(
                                        "SELECT group_id, tier, state, evidence FROM duplicate_group WHERE group_id = :id")
                                .bind("id", groupId)
                                .map((rs, ctx) -> new Row(
                                        rs.getLong("group_id"),
                                        DuplicateTier.valueOf(rs.getString("tier")),
                                        GroupState.valueOf(rs.getString("state")),
                                        rs.getString("evidence")))
                                .list())
                .stream()
                .findFirst());
    }

    private record Row(long id, DuplicateTier tier, GroupState state, String evidence) {}

    private static List<DuplicateGroupView> views(Handle h, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PartnerId>> members = new HashMap<>();
        h.createQuery("SELECT group_id, partner_id FROM duplicate_group_member WHERE group_id IN (<ids>) "
                        + "ORDER BY partner_id")
                .bindList("ids", rows.stream().map(Row::id).toList())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new PartnerId(rs.getLong(2))))
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<PartnerId, PartnerCard> cards = new HashMap<>();
        List<PartnerId> all =
                members.values().stream().flatMap(List::stream).distinct().toList();
        JdbiPartnerCards.cards(h, all).forEach(card -> cards.put(card.id(), card));
        return rows.stream()
                .map(r -> new DuplicateGroupView(
                        r.id(),
                        r.tier(),
                        r.state(),
                        members.getOrDefault(r.id(), List.of()).stream()
                                .map(cards::get)
                                .toList(),
                        parse(r.evidence())))
                .toList();
    }

    @Override
    public boolean dismiss(long groupId, String actor, String reason, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                                UPDATE duplicate_group SET state = 'DISMISSED', dismissed_by = :actor,
                                    dismissed_reason = :reason, dismissed_at = :now, updated_at = :now
                                WHERE group_id = :id AND state = 'OPEN'""")
                        .bind("id", groupId)
                        .bind("actor", actor)
                        .bind("reason", reason)
                        .bind("now", Rows.utc(now))
                        .execute())
                == 1;
    }

    @Override
    public List<Evidence> openEvidenceAmong(Collection<PartnerId> partners) {
        if (partners.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h
                .createQuery("""
                        SELECT g.group_id, g.evidence FROM duplicate_group g
                        JOIN duplicate_group_member m ON m.group_id = g.group_id
                        WHERE g.state = 'OPEN' AND m.partner_id IN (<ids>)
                        GROUP BY g.group_id, g.evidence HAVING COUNT(*) >= 2""")
                .bindList("ids", JdbiPartnerCards.ids(partners))
                .map((rs, ctx) -> rs.getString("evidence"))
                .list()
                .stream()
                .flatMap(text -> parse(text).stream())
                .distinct()
                .sorted()
                .toList());
    }

    static String key(Set<Long> members) {
        return members.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<String> lines(SuspectedGroup group) {
        return group.evidence().stream().map(SuspectedGroup::line).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static List<Evidence> parse(String text) {
        List<Evidence> evidence = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                evidence.add(new Evidence(EvidenceRule.valueOf(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return evidence;
    }
}
