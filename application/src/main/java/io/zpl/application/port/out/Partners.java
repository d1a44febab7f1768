package io.zpl.application.port.out;

import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.util.Optional;

public interface Partners {
    Partner create(PartnerStatus status, PartnerDetails details, String origin);

    Optional<Partner> find(PartnerId id);

    void save(Partner partner);
}
