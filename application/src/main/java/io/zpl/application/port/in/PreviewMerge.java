package io.zpl.application.port.in;

import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.merge.Totals;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.util.List;

/**
 * A dry run of a merge: what will move, the links per OA, the balance before and after, and the conflicts. CS Lead
 * only. The preview is stored so that any node can execute it while nothing changed.
 */
public interface PreviewMerge {

    MergePreview preview(Actor actor, MergePlan plan);

    record MergePreview(
            String previewId,
            MergePlan plan,
            Partner survivorAfter,
            List<PartnerCard> partners,
            List<Moved> moves,
            List<OaLinks> linksByOa,
            Totals before,
            Totals after,
            List<MergeConflict> conflicts) {

        public boolean executable() {
            return conflicts.stream().noneMatch(MergeConflict::blocking);
        }
    }

    /** The survivor's links on one OA after the merge; {@code flagged} when there are two or more. */
    record OaLinks(OaId oaId, List<OaLink> links, boolean flagged) {}

    record OaLink(PartnerId partnerId, PartnerCard.LinkRef link) {}
}
