package io.zpl.application.port.in;

import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncJobId;
import io.zpl.domain.zalo.OaId;
import java.util.Optional;

/** Progress of bulk Sync Profile jobs. Zalo Admins only. */
public interface ViewSyncJobs {
    SyncJob view(Actor actor, SyncJobId job);

    Optional<SyncJob> latest(Actor actor, OaId oa);
}
