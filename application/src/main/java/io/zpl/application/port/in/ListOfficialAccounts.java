package io.zpl.application.port.in;

import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.List;

/** The OAs the company operates, each with the counts an Admin/IT person audits. Any role may read it. */
public interface ListOfficialAccounts {

    List<OfficialAccountOverview> list(Actor actor);

    /** Every OA's id and name, by name: what a filter or a label needs, without counting any links. */
    List<OaName> names(Actor actor);

    record OaName(OaId oaId, String name) {}

    record OfficialAccountOverview(
            OaId oaId,
            String name,
            ZaloAppId appId,
            String appName,
            OaStatus status,
            long linkCount,
            long shadowCount,
            long suspectedDuplicateCount,
            long staleCount,
            boolean ready) {}
}
