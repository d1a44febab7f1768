package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ReviewDuplicates;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.DuplicateCandidates;
import io.zpl.application.port.out.DuplicateCandidates.Candidate;
import io.zpl.application.port.out.DuplicateGroups;
import io.zpl.domain.access.Role;
import io.zpl.domain.duplicate.DuplicateClustering;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.Evidence;
import io.zpl.domain.duplicate.GroupState;
import io.zpl.domain.duplicate.MatchBucket;
import io.zpl.domain.duplicate.NameWeight;
import io.zpl.domain.duplicate.SuspectedGroup;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Full scans, incremental detection and the review queue of suspected duplicates. */
public final class DuplicateDetectionService implements DetectDuplicates, ReviewDuplicates {

    private final DuplicateCandidates candidates;
    private final DuplicateGroups groups;
    private final Clock clock;
    private final DuplicatePolicy policy;

    public DuplicateDetectionService(
            DuplicateCandidates candidates, DuplicateGroups groups, Clock clock, DuplicatePolicy policy) {
        this.candidates = candidates;
        this.groups = groups;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public ScanSummary scanAll(Actor actor) {
        actor.require(Role.CS_LEAD);
        return scanAll();
    }

    @Override
    public ScanSummary scanAll() {
        Instant started = clock.now();
        List<MatchBucket> buckets = buckets(candidates.all(policy.bucketLimit()));
        List<SuspectedGroup> found = DuplicateClustering.cluster(buckets);
        var counts = groups.sync(Optional.empty(), found, clock.now());
        return summary(buckets, found, counts, started);
    }

    @Override
    public ScanSummary detectFor(PartnerId partner) {
        Instant started = clock.now();
        Set<PartnerId> scope = new HashSet<>(Set.of(partner));
        Set<PartnerId> frontier = Set.of(partner);
        Map<Evidence, MatchBucket> buckets = new LinkedHashMap<>();
        while (!frontier.isEmpty() && scope.size() < policy.maxNeighbourhood()) {
            Set<PartnerId> next = new HashSet<>();
            for (MatchBucket bucket : buckets(candidates.around(frontier, policy.bucketLimit()))) {
                buckets.putIfAbsent(bucket.evidence(), bucket);
                for (PartnerId id : bucket.partners()) {
                    if (scope.add(id)) {
                        next.add(id);
                    }
                }
            }
            frontier = next;
        }
        List<MatchBucket> all = new ArrayList<>(buckets.values());
        List<SuspectedGroup> found = DuplicateClustering.cluster(all);
        var counts = groups.sync(Optional.of(scope), found, clock.now());
        return summary(all, found, counts, started);
    }

    @Override
    public DuplicatePage list(Actor actor, DuplicateQuery query) {
        actor.require(Role.CS_LEAD);
        var page = groups.page(query, query.limit() + 1);
        boolean more = page.size() > query.limit();
        var items = more ? page.subList(0, query.limit()) : page;
        return new DuplicatePage(List.copyOf(items), more ? DuplicateQuery.cursor(items.getLast()) : null);
    }

    @Override
    public void dismiss(Actor actor, long groupId, String reason) {
        actor.require(Role.CS_LEAD);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why these partners are not the same person");
        }
        if (reason.length() > 1000) {
            throw new IllegalArgumentException("a reason may have at most 1000 characters");
        }
        var group = groups.find(groupId)
                .orElseThrow(() -> new NotFound("DUPLICATE_GROUP_NOT_FOUND", "No duplicate group " + groupId + "."));
        if (group.state() == GroupState.DISMISSED) {
            return;
        }
        if (group.state() == GroupState.RESOLVED
                || !groups.dismiss(groupId, actor.username(), reason.strip(), clock.now())) {
            throw new io.zpl.application.port.in.Conflict(
                    "DUPLICATE_GROUP_RESOLVED", "Duplicate group " + groupId + " was already resolved by a merge.");
        }
    }

    /** Turns the adapter's shared keys into evidence; bare names count only when they are rare enough. */
    static List<MatchBucket> buckets(List<Candidate> found) {
        List<MatchBucket> buckets = new ArrayList<>(found.size());
        for (Candidate c : found) {
            Evidence evidence = switch (c.rule()) {
                case SAME_USER_ID_BY_APP ->
                    Evidence.sameUserIdByApp(c.keys().get(0), c.keys().get(1), true);
                case SAME_USER_ID_BY_APP_UNTRUSTED ->
                    Evidence.sameUserIdByApp(c.keys().get(0), c.keys().get(1), false);
                case SAME_PHONE ->
                    PhoneNumber.tryParse(c.keys().get(0))
                            .map(Evidence::samePhone)
                            .orElse(null);
                case SAME_NAME_AND_AVATAR ->
                    Evidence.sameNameAndAvatar(c.keys().get(0), c.keys().get(1));
                case SAME_NAME_AND_ADDRESS ->
                    Evidence.sameNameAndAddress(c.keys().get(0), c.keys().get(1));
                case SAME_NAME -> {
                    NameWeight weight = NameWeight.of(new NameKey(c.keys().get(0)));
                    yield weight.isEvidence() ? Evidence.sameName(c.keys().get(0), weight) : null;
                }
            };
            if (evidence != null && c.partners().size() >= 2) {
                buckets.add(new MatchBucket(evidence, c.partners()));
            }
        }
        return buckets;
    }

    private ScanSummary summary(
            List<MatchBucket> buckets, List<SuspectedGroup> found, DuplicateGroups.SyncCounts counts, Instant started) {
        return new ScanSummary(
                buckets.size(),
                found.size(),
                counts.opened(),
                counts.reopened(),
                counts.keptDismissed(),
                counts.dropped(),
                Duration.between(started, clock.now()));
    }
}
