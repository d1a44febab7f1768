package io.zpl.application.port.in;

import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.zalo.OaId;

/** The guide's Success Checkpoint: may this OA be handed to CS, Sales and Accounting? Zalo Admins only. */
public interface CheckOaReadiness {

    OaReadiness check(Actor actor, OaId oaId);
}
