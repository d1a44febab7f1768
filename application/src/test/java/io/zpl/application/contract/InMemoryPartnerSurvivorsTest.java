package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryPartnerSurvivors;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.out.PartnerSurvivors;
import io.zpl.application.port.out.Partners;

class InMemoryPartnerSurvivorsTest extends PartnerSurvivorsContract {
    private final InMemoryPartners partners = new InMemoryPartners();

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected PartnerSurvivors survivors() {
        return new InMemoryPartnerSurvivors(partners);
    }
}
