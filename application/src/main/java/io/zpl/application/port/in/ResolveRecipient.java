package io.zpl.application.port.in;

import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;

/**
 * The send guard, asked before anything goes out: may this partner (or the survivor an old id was merged into)
 * receive content of this purpose on this OA, to which Zalo user, and if not, why? Any role may ask.
 */
public interface ResolveRecipient {

    /** @throws NotFound with {@code PARTNER_NOT_FOUND} or {@code OA_NOT_FOUND} */
    Resolution resolve(Actor actor, Command command);

    record Command(PartnerId partnerId, OaId oaId, Purpose purpose) {}
}
