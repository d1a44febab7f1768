package io.zpl.domain.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DuplicateClusteringTest {

    static PartnerId p(long id) {
        return new PartnerId(id);
    }

    static MatchBucket bucket(EvidenceRule rule, String detail, long... ids) {
        Set<PartnerId> set = new HashSet<>();
        for (long id : ids) {
            set.add(p(id));
        }
        return new MatchBucket(new Evidence(rule, detail), set);
    }

    @Test
    void chainedMatchesFormOneGroupWhoseTierIsItsWeakestLink() {
        var groups = DuplicateClustering.cluster(List.of(
                bucket(EvidenceRule.SAME_USER_ID_BY_APP, "App A user 5", 1, 2),
                bucket(EvidenceRule.SAME_PHONE, "+84912345678", 2, 3),
                bucket(EvidenceRule.SAME_USER_ID_BY_APP, "App A user 9", 7, 8)));

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).memberKey()).isEqualTo("7,8");
        assertThat(groups.get(0).tier()).isEqualTo(DuplicateTier.CERTAIN);
        assertThat(groups.get(1).memberKey()).isEqualTo("1,2,3");
        assertThat(groups.get(1).tier()).isEqualTo(DuplicateTier.STRONG);
        assertThat(groups.get(1).evidence())
                .extracting(Evidence::rule)
                .containsExactly(EvidenceRule.SAME_USER_ID_BY_APP, EvidenceRule.SAME_PHONE);
    }

    @Test
    void aNameOnlyMatchNeverWeakensAStrongerGroup() {
        var groups = DuplicateClustering.cluster(List.of(
                bucket(EvidenceRule.SAME_PHONE, "+84912345678", 1, 2),
                bucket(EvidenceRule.SAME_NAME, "nguyen son van", 2, 3)));

        assertThat(groups)
                .extracting(SuspectedGroup::memberKey, SuspectedGroup::tier)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1,2", DuplicateTier.STRONG),
                        org.assertj.core.groups.Tuple.tuple("1,2,3", DuplicateTier.POSSIBLE));
    }

    @Test
    void theSameEvidenceGivesTheSameHashWhateverTheOrder() {
        var a = DuplicateClustering.cluster(List.of(
                        bucket(EvidenceRule.SAME_PHONE, "+84912345678", 1, 2),
                        bucket(EvidenceRule.SAME_NAME_AND_AVATAR, "x", 1, 2)))
                .getFirst();
        var b = DuplicateClustering.cluster(List.of(
                        bucket(EvidenceRule.SAME_NAME_AND_AVATAR, "x", 2, 1),
                        bucket(EvidenceRule.SAME_PHONE, "+84912345678", 2, 1)))
                .getFirst();
        assertThat(a.evidenceHash()).isEqualTo(b.evidenceHash());
        assertThat(a.tier()).isEqualTo(DuplicateTier.STRONG);
    }

    @Property
    void groupsAreExactlyTheConnectedComponents(
            @ForAll @Size(max = 30) List<@Size(min = 2, max = 4) List<@IntRange(min = 1, max = 25) Integer>> pairs) {
        List<MatchBucket> buckets = new ArrayList<>();
        int n = 0;
        for (List<Integer> ids : pairs) {
            Set<PartnerId> set = ids.stream().map(i -> p(i)).collect(Collectors.toSet());
            if (set.size() >= 2) {
                buckets.add(new MatchBucket(new Evidence(EvidenceRule.SAME_PHONE, "phone " + n++), set));
            }
        }
        var groups = DuplicateClustering.cluster(buckets);

        Set<PartnerId> seen = new HashSet<>();
        for (SuspectedGroup group : groups) {
            assertThat(group.members()).noneMatch(seen::contains);
            seen.addAll(group.members());
        }
        for (MatchBucket bucket : buckets) {
            assertThat(groups)
                    .filteredOn(g -> g.members().containsAll(bucket.partners()))
                    .hasSize(1);
        }
        Set<PartnerId> matched =
                buckets.stream().flatMap(b -> b.partners().stream()).collect(Collectors.toSet());
        assertThat(seen).isEqualTo(matched);
    }
}
