package io.zpl.application.port.out;

import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.List;
import java.util.Optional;

public interface PartnerLinks {
    /** Creates the link with its id filled in; the key {@code (oa, zalo user)} is unique. */
    ZaloPartnerLink create(NewLink link);

    Optional<ZaloPartnerLink> find(LinkId id);

    /** The links of these ids that exist, in id order: a bulk job reads its batch in one go. */
    List<ZaloPartnerLink> find(List<LinkId> ids);

    Optional<ZaloPartnerLink> find(OaId oa, ZaloUserId user);

    List<ZaloPartnerLink> ofPartner(PartnerId partner);

    List<ZaloPartnerLink> withUserIdByApp(ZaloAppId app, UserIdByApp userIdByApp);

    void save(ZaloPartnerLink link);
}
