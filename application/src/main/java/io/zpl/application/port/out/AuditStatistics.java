package io.zpl.application.port.out;

import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.Map;

/** Counts over an OA's links that the audit and the OA list show. */
public interface AuditStatistics {

    /** Counts for every OA that has links; an OA without links is absent. */
    Map<OaId, OaCounts> countsPerOa(Instant staleBefore);

    record OaCounts(long links, long shadows, long suspectedDuplicates, long stale) {
        public static final OaCounts NONE = new OaCounts(0, 0, 0, 0);
    }
}
