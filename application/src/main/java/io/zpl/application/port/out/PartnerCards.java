package io.zpl.application.port.out;

import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Read model of partners for review screens: details, links, balance and documents, loaded in bulk. */
public interface PartnerCards {

    /** Cards in the order of the ids given; unknown ids are skipped. */
    List<PartnerCard> cards(Collection<PartnerId> ids);

    /** Live shadow contacts, oldest first, after the given id. */
    List<PartnerId> shadows(long afterId, int limit);

    /** For each partner, the other members of the open groups it belongs to. */
    Map<PartnerId, Set<PartnerId>> openGroupMates(Collection<PartnerId> partners);
}
