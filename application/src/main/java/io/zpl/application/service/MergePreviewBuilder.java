package io.zpl.application.service;

import io.zpl.application.port.in.PreviewMerge.MergePreview;
import io.zpl.application.port.in.PreviewMerge.OaLink;
import io.zpl.application.port.in.PreviewMerge.OaLinks;
import io.zpl.application.port.out.Merges.MergeSnapshot;
import io.zpl.application.port.out.Merges.TableRows;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.MergeRules;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.merge.Totals;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.OaId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a snapshot of the partners into what the CS Lead confirms: moves, links per OA, totals, conflicts. */
final class MergePreviewBuilder {

    private MergePreviewBuilder() {}

    static MergePreview build(String previewId, MergePlan plan, MergeSnapshot snapshot) {
        List<MergeConflict> conflicts = conflicts(plan, snapshot);
        boolean allLive =
                plan.all().stream().allMatch(id -> snapshot.partners().get(id).isLive());
        Partner survivorAfter = allLive
                ? plan.survivorAfter(snapshot.partners())
                : snapshot.partners().get(plan.survivor());
        Totals before = snapshot.totals().getOrDefault(plan.survivor(), Totals.NONE);
        Totals after = Totals.NONE;
        for (PartnerId id : plan.all()) {
            after = after.plus(snapshot.totals().getOrDefault(id, Totals.NONE));
        }
        return new MergePreview(
                previewId,
                plan,
                survivorAfter,
                plan.all().stream().map(id -> snapshot.cards().get(id)).toList(),
                moves(plan, snapshot, survivorAfter),
                linksByOa(plan, snapshot),
                before,
                after,
                conflicts);
    }

    static List<MergeConflict> conflicts(MergePlan plan, MergeSnapshot snapshot) {
        List<MergeConflict> conflicts = new ArrayList<>(MergeRules.check(plan, snapshot.partners()));
        for (OaLinks oa : linksByOa(plan, snapshot)) {
            if (oa.flagged()) {
                conflicts.add(new MergeConflict(
                        MergeConflict.Code.TWO_LINKS_ON_ONE_OA,
                        "After the merge the survivor has " + oa.links().size() + " links on OA " + oa.oaId()
                                + " (one person, several Zalo accounts): allowed, check it is the same person.",
                        false));
            }
        }
        conflicts.addAll(snapshot.storageConflicts());
        return conflicts;
    }

    static List<Moved> moves(MergePlan plan, MergeSnapshot snapshot, Partner survivorAfter) {
        List<Moved> moves = new ArrayList<>();
        Set<PartnerId> merged = new HashSet<>(plan.merged());
        for (TableRows rows : snapshot.rows()) {
            long count = rows.rowsPerPartner().entrySet().stream()
                    .filter(e -> merged.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            if (count > 0) {
                moves.add(new Moved(rows.table(), count));
            }
        }
        Set<PhoneNumber> copied = new HashSet<>(survivorAfter.phones());
        copied.removeAll(snapshot.partners().get(plan.survivor()).phones());
        if (!copied.isEmpty()) {
            moves.add(new Moved(Moved.PHONES_COPIED, copied.size()));
        }
        return moves;
    }

    static List<OaLinks> linksByOa(MergePlan plan, MergeSnapshot snapshot) {
        Map<OaId, List<OaLink>> byOa = new LinkedHashMap<>();
        for (PartnerId id : plan.all()) {
            PartnerCard card = snapshot.cards().get(id);
            if (card != null) {
                card.links()
                        .forEach(link -> byOa.computeIfAbsent(link.oaId(), oa -> new ArrayList<>())
                                .add(new OaLink(id, link)));
            }
        }
        return byOa.entrySet().stream()
                .map(e -> new OaLinks(e.getKey(), e.getValue(), e.getValue().size() > 1))
                .toList();
    }
}
