package io.zpl.application.fakes;

import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

public final class InMemoryPartnerSurvivors implements PartnerSurvivors {

    private final InMemoryPartners partners;

    public InMemoryPartnerSurvivors(InMemoryPartners partners) {
        this.partners = partners;
    }

    @Override
    public Map<PartnerId, PartnerId> survivorsOf(Collection<PartnerId> ids) {
        var result = new HashMap<PartnerId, PartnerId>();
        for (PartnerId id : ids) {
            partners.find(id).ifPresent(found -> {
                Partner current = found;
                while (current.mergedInto() != null) {
                    current = partners.find(current.mergedInto()).orElseThrow();
                }
                result.put(id, current.id());
            });
        }
        return result;
    }
}
