package io.zpl.application.port.in;

import io.zpl.domain.zalo.OaId;
import java.util.function.Consumer;

/** Step 1 of the guide: an OA's Zalo Partners with their findings. Zalo Admins only. */
public interface AuditOfficialAccount {

    LinkPage page(Actor actor, AuditQuery query);

    FindingCounts countFindings(Actor actor, OaId oaId);

    /** Every link the query's filter and text select, in its order, ignoring its cursor and limit (for CSV export). */
    void export(Actor actor, AuditQuery query, Consumer<AuditedLink> sink);
}
