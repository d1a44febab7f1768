package io.zpl.application.port.in;

import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.PartnerId;
import java.util.List;

/**
 * Executes a previewed merge in one transaction, or refuses with {@link Conflict} {@code MERGE_STALE_PREVIEW} naming
 * what changed since the preview. Answers the re-audit of every affected OA. CS Lead only.
 */
public interface MergeContacts {

    MergeResult merge(Actor actor, String previewId, String reason);

    record MergeResult(
            long mergeId,
            PartnerId survivorId,
            List<PartnerId> mergedIds,
            List<Moved> moved,
            List<OaReadiness> reaudit) {}
}
