package io.zpl.application.port.in;

import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;

/** Stops a bulk Sync Profile job; links already synced stay synced. Zalo Admins only. */
public interface CancelSyncJob {
    SyncJob cancel(Actor actor, SyncJobId job);
}
