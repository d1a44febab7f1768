package io.zpl.application.port.in;

import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;

/** Bulk Sync Profile of an OA's stale (or all) links as a background job. Zalo Admins only. */
public interface StartSyncJob {
    SyncJob start(Actor actor, OaId oa, SyncScope scope);
}
