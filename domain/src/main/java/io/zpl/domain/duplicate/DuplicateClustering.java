package io.zpl.domain.duplicate;

import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns matches into groups: connected components of the match graph (union-find), built strongest evidence first so
 * that a group's tier is the weakest evidence needed to connect all its members.
 *
 * <p>Name-only matches ({@link DuplicateTier#POSSIBLE}) are kept apart: they never weaken a group found on stronger
 * evidence; a possible group is reported only where name-only matches join partners the stronger tiers did not.
 */
public final class DuplicateClustering {

    private DuplicateClustering() {}

    public static List<SuspectedGroup> cluster(Collection<MatchBucket> buckets) {
        List<MatchBucket> stronger = new ArrayList<>();
        List<MatchBucket> nameOnly = new ArrayList<>();
        for (MatchBucket bucket : buckets) {
            (bucket.evidence().tier() == DuplicateTier.POSSIBLE ? nameOnly : stronger).add(bucket);
        }
        stronger.sort(Comparator.comparing(b -> b.evidence().tier()));
        var forest = new Forest();
        stronger.forEach(forest::add);
        List<SuspectedGroup> groups = new ArrayList<>(forest.groups(stronger, null));
        if (!nameOnly.isEmpty()) {
            nameOnly.forEach(forest::add);
            stronger.addAll(nameOnly);
            groups.addAll(forest.groups(stronger, DuplicateTier.POSSIBLE));
        }
        return groups;
    }

    /** Union-find over partner ids, remembering for each root the weakest tier that joined its component. */
    private static final class Forest {
        private final Map<PartnerId, PartnerId> parent = new HashMap<>();
        private final Map<PartnerId, DuplicateTier> tierOfRoot = new HashMap<>();

        void add(MatchBucket bucket) {
            @Nullable PartnerId first = null;
            for (PartnerId id : bucket.partners()) {
                if (first == null) {
                    first = id;
                    find(id);
                } else {
                    union(first, id, bucket.evidence().tier());
                }
            }
        }

        PartnerId find(PartnerId id) {
            PartnerId root = id;
            while (true) {
                PartnerId up = parent.putIfAbsent(root, root);
                if (up == null || up.equals(root)) {
                    break;
                }
                root = up;
            }
            PartnerId node = id;
            while (!node.equals(root)) {
                PartnerId next = parent.get(node);
                parent.put(node, root);
                node = next;
            }
            return root;
        }

        void union(PartnerId a, PartnerId b, DuplicateTier tier) {
            PartnerId ra = find(a);
            PartnerId rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            DuplicateTier joined = tier;
            for (DuplicateTier t : new DuplicateTier[] {tierOfRoot.get(ra), tierOfRoot.get(rb)}) {
                if (t != null) {
                    joined = DuplicateTier.weaker(joined, t);
                }
            }
            parent.put(rb, ra);
            tierOfRoot.remove(rb);
            tierOfRoot.put(ra, joined);
        }

        /** The components with two or more members; {@code onlyTier} keeps those whose tier is that one. */
        List<SuspectedGroup> groups(List<MatchBucket> buckets, @Nullable DuplicateTier onlyTier) {
            Map<PartnerId, Set<PartnerId>> members = new HashMap<>();
            for (PartnerId id : List.copyOf(parent.keySet())) {
                members.computeIfAbsent(find(id), r -> new HashSet<>()).add(id);
            }
            Map<PartnerId, Set<Evidence>> evidence = new HashMap<>();
            for (MatchBucket bucket : buckets) {
                PartnerId any = bucket.partners().iterator().next();
                if (parent.containsKey(any)) {
                    evidence.computeIfAbsent(find(any), r -> new HashSet<>()).add(bucket.evidence());
                }
            }
            List<SuspectedGroup> groups = new ArrayList<>();
            members.forEach((root, ids) -> {
                DuplicateTier tier = tierOfRoot.get(root);
                if (ids.size() >= 2 && tier != null && (onlyTier == null || tier == onlyTier)) {
                    groups.add(SuspectedGroup.of(ids, tier, evidence.get(root)));
                }
            });
            groups.sort(Comparator.comparing(SuspectedGroup::tier).thenComparing(SuspectedGroup::memberKey));
            return groups;
        }
    }
}
