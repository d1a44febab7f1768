package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.out.Partners;

class InMemoryPartnersTest extends PartnersContract {
    private final Partners partners = new InMemoryPartners();

    @Override
    protected Partners partners() {
        return partners;
    }
}
