package io.zpl.application.port.out;

import io.zpl.domain.partner.PartnerId;
import java.util.Collection;
import java.util.Map;

/** Where partner ids lead today: each to itself when live, or to the survivor of every merge since. */
public interface PartnerSurvivors {

    /** The survivor of each id given; ids no partner ever had are absent. */
    Map<PartnerId, PartnerId> survivorsOf(Collection<PartnerId> ids);
}
