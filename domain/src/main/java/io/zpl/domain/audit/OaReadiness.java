package io.zpl.domain.audit;

import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.zalo.OaId;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;

/** The guide's Success Checkpoint for one OA, before it is handed to CS, Sales and Accounting. */
@ValueObject
public record OaReadiness(OaId oaId, List<ReadinessCheck> checks) {

    public OaReadiness {
        checks = List.copyOf(checks);
    }

    public boolean ready() {
        return checks.stream().allMatch(ReadinessCheck::passed);
    }

    public static OaReadiness evaluate(
            OaId oaId, OaStatus status, long linkCount, long duplicateLinks, long staleLinks) {
        return new OaReadiness(
                oaId,
                List.of(
                        new ReadinessCheck(
                                ReadinessCheck.Code.PARTNERS_LIST_AUDITABLE,
                                status == OaStatus.CONNECTED,
                                linkCount,
                                status == OaStatus.CONNECTED
                                        ? "Connected; " + linkCount + " Zalo partners listed."
                                        : "The OA is " + status + ": connect it so its Zalo partners can be audited."),
                        new ReadinessCheck(
                                ReadinessCheck.Code.CROSS_OA_DUPLICATES_CHECKED,
                                duplicateLinks == 0,
                                duplicateLinks,
                                duplicateLinks == 0
                                        ? "No open duplicate group touches this OA."
                                        : (duplicateLinks == 1
                                                        ? "1 Zalo partner belongs to a suspected duplicate"
                                                        : duplicateLinks
                                                                + " Zalo partners belong to suspected duplicates")
                                                + ": review and merge them."),
                        new ReadinessCheck(
                                ReadinessCheck.Code.PROFILES_CURRENT,
                                staleLinks == 0,
                                staleLinks,
                                staleLinks == 0
                                        ? "Every profile was synced recently."
                                        : (staleLinks == 1 ? "1 profile is" : staleLinks + " profiles are")
                                                + " stale: run Sync Profile.")));
    }
}
