package io.zpl.application.port.in;

import io.zpl.domain.zalo.OaId;

/** Step 1 of the guide: an OA's Zalo Partners with their findings. Zalo Admins only. */
public interface AuditOfficialAccount {

    LinkPage page(Actor actor, AuditQuery query);

    FindingCounts countFindings(Actor actor, OaId oaId);

    /**
     * Writes every link the query's filter and text select, in its order (cursor and limit ignored), as CSV in UTF-8
     * with a byte order mark so that spreadsheets keep Vietnamese text intact; streams, never holding the list.
     */
    void exportCsv(Actor actor, AuditQuery query, Appendable out);
}
