package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.DuplicateGroups;
import io.zpl.application.port.out.MergePreviews;
import io.zpl.application.port.out.MergePreviews.StoredPreview;
import io.zpl.application.port.out.Merges;
import io.zpl.application.port.out.Merges.MergeExecution;
import io.zpl.application.port.out.Merges.MergeOutcome;
import io.zpl.application.port.out.Merges.MergeSnapshot;
import io.zpl.application.port.out.Merges.UndoOutcome;
import io.zpl.application.port.out.PartnerCards;
import io.zpl.domain.access.Role;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Preview, merge, undo and the journal: the CS Lead's tools for keeping one partner per real customer. */
public final class MergeService implements PreviewMerge, MergeContacts, UndoMerge, ListMerges {

    private final Merges merges;
    private final PartnerCards cards;
    private final MergePreviews previews;
    private final DuplicateGroups groups;
    private final DetectDuplicates detection;
    private final Reaudit reaudit;
    private final Clock clock;
    private final MergePolicy policy;

    public MergeService(
            Merges merges,
            PartnerCards cards,
            MergePreviews previews,
            DuplicateGroups groups,
            DetectDuplicates detection,
            Reaudit reaudit,
            Clock clock,
            MergePolicy policy) {
        this.merges = merges;
        this.cards = cards;
        this.previews = previews;
        this.groups = groups;
        this.detection = detection;
        this.reaudit = reaudit;
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public MergePreview preview(Actor actor, MergePlan plan) {
        actor.require(Role.CS_LEAD);
        plan.requireAtMost(policy.maxPartners());
        MergeSnapshot snapshot = snapshotOf(plan);
        String previewId = UUID.randomUUID().toString().replace("-", "");
        MergePreview preview = MergePreviewBuilder.build(previewId, plan, snapshot);
        previews.save(new StoredPreview(previewId, plan, snapshot.fingerprint(), actor.username(), clock.now()));
        return preview;
    }

    @Override
    public MergeResult merge(Actor actor, String previewId, String reason) {
        actor.require(Role.CS_LEAD);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why these partners are one person (the reason is journaled)");
        }
        if (reason.length() > 1000) {
            throw new IllegalArgumentException("a reason may have at most 1000 characters");
        }
        StoredPreview stored = previews.find(previewId == null ? "" : previewId.strip())
                .orElseThrow(() -> new NotFound(
                        "MERGE_PREVIEW_NOT_FOUND", "No merge preview " + previewId + ": preview the merge again."));
        MergePlan plan = stored.plan();
        MergeSnapshot snapshot = snapshotOf(plan);
        List<MergeConflict> blocking = MergePreviewBuilder.conflicts(plan, snapshot).stream()
                .filter(MergeConflict::blocking)
                .toList();
        if (!blocking.isEmpty()) {
            var changes = snapshot.fingerprint().changesSince(stored.fingerprint());
            throw new Conflict(
                    changes.isEmpty() ? "MERGE_BLOCKED" : "MERGE_STALE_PREVIEW",
                    (changes.isEmpty() ? "" : "Changed since the preview: " + String.join(", ", changes) + ". ")
                            + blocking.getFirst().detail());
        }
        Partner survivorAfter = plan.survivorAfter(snapshot.partners());
        MergeOutcome outcome = merges.execute(new MergeExecution(
                plan,
                survivorAfter,
                stored.fingerprint(),
                actor.username(),
                reason.strip(),
                groups.openEvidenceAmong(plan.all()),
                clock.now()));
        return switch (outcome) {
            case MergeOutcome.Stale stale ->
                throw new Conflict(
                        "MERGE_STALE_PREVIEW",
                        "Changed since the preview: " + String.join(", ", stale.changes())
                                + ". Preview the merge again.");
            case MergeOutcome.Blocked blocked -> throw new Conflict("MERGE_BLOCKED", blocked.detail());
            case MergeOutcome.Done done -> {
                previews.delete(stored.previewId());
                detection.detectFor(plan.survivor());
                yield new MergeResult(
                        done.mergeId(), plan.survivor(), plan.merged(), done.moved(), reaudit.of(oasOf(snapshot)));
            }
        };
    }

    @Override
    public UndoResult undo(Actor actor, long mergeId) {
        actor.require(Role.CS_LEAD);
        var now = clock.now();
        UndoOutcome outcome = merges.undo(mergeId, actor.username(), now, now.minus(policy.undoWindow()));
        return switch (outcome) {
            case UndoOutcome.Refused refused -> {
                if (refused.code().equals("MERGE_NOT_FOUND")) {
                    throw new NotFound(refused.code(), refused.detail());
                }
                throw new Conflict(refused.code(), refused.detail());
            }
            case UndoOutcome.Undone undone -> {
                MergeEntry entry = undone.entry();
                // the groups the merge resolved are back; drop what the detection after the merge opened
                detection.detectFor(entry.survivorId());
                List<PartnerId> all = new ArrayList<>(entry.mergedIds());
                all.add(entry.survivorId());
                Set<OaId> oas = new LinkedHashSet<>();
                cards.cards(all).forEach(card -> card.links().forEach(l -> oas.add(l.oaId())));
                yield new UndoResult(entry, reaudit.of(oas));
            }
        };
    }

    @Override
    public MergePage list(Actor actor, @Nullable String after, int limit) {
        actor.require(Role.CS_LEAD);
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200, got " + limit);
        }
        Long before = null;
        if (after != null && !after.isBlank()) {
            try {
                before = Long.parseLong(after.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'after' is not a cursor this server gave out");
            }
        }
        var entries = merges.journal(before, limit + 1);
        boolean more = entries.size() > limit;
        var items = more ? entries.subList(0, limit) : entries;
        return new MergePage(
                List.copyOf(items), more ? Long.toString(items.getLast().mergeId()) : null);
    }

    @Override
    public List<MergeEntry> touching(Actor actor, PartnerId partner, int limit) {
        actor.require(Role.CS_LEAD);
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit must be between 1 and 200, got " + limit);
        }
        return merges.journalTouching(partner, limit);
    }

    private MergeSnapshot snapshotOf(MergePlan plan) {
        MergeSnapshot snapshot = merges.snapshot(plan);
        for (PartnerId id : plan.all()) {
            if (!snapshot.partners().containsKey(id)) {
                throw new NotFound("PARTNER_NOT_FOUND", "No partner " + id + ".");
            }
        }
        return snapshot;
    }

    private static Set<OaId> oasOf(MergeSnapshot snapshot) {
        Set<OaId> oas = new LinkedHashSet<>();
        for (PartnerCard card : snapshot.cards().values()) {
            card.links().forEach(link -> oas.add(link.oaId()));
        }
        return oas;
    }
}
