package io.zpl.adapters.persistence;

import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Resolves many ids at once: one query per thousand ids and per merge generation (almost always one or two). */
public final class JdbiPartnerSurvivors implements PartnerSurvivors {

    private static final int CHUNK = 1_000;
    private static final int MAX_GENERATIONS = 32;

    private final Jdbi jdbi;

    public JdbiPartnerSurvivors(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Map<PartnerId, PartnerId> survivorsOf(Collection<PartnerId> ids) {
        return jdbi.withHandle(h -> {
            Map<Long, Long> next = nextOf(h, ids.stream().map(PartnerId::value).toList());
            var result = new HashMap<PartnerId, PartnerId>();
            Map<Long, Long> pointers = new HashMap<>(next);
            for (int generation = 0; generation < MAX_GENERATIONS; generation++) {
                Set<Long> unresolved = new HashSet<>();
                for (long target : pointers.values()) {
                    if (target != 0 && !pointers.containsKey(target)) {
                        unresolved.add(target);
                    }
                }
                if (unresolved.isEmpty()) {
                    break;
                }
                pointers.putAll(nextOf(h, new ArrayList<>(unresolved)));
            }
            for (long id : next.keySet()) {
                long current = id;
                for (int hop = 0; hop <= MAX_GENERATIONS && pointers.getOrDefault(current, 0L) != 0; hop++) {
                    current = pointers.get(current);
                }
                result.put(new PartnerId(id), new PartnerId(current));
            }
            return result;
        });
    }

    /** For each existing id, the partner it was merged into, or 0 when it is live. */
    private static Map<Long, Long> nextOf(Handle h, List<Long> ids) {
        var next = new HashMap<Long, Long>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            h.createQuery(
                            "SELECT partner_id, COALESCE(merged_into, 0) AS next FROM partner WHERE partner_id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .map((rs, ctx) -> next.put(rs.getLong("partner_id"), rs.getLong("next")))
                    .list();
        }
        return next;
    }
}
