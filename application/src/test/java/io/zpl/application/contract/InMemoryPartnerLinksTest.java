package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;

class InMemoryPartnerLinksTest extends PartnerLinksContract {
    private final PartnerLinks links = new InMemoryPartnerLinks();
    private final Partners partners = new InMemoryPartners();

    @Override
    protected PartnerLinks links() {
        return links;
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected OaId oa() {
        return new OaId("2000000000000000001");
    }

    @Override
    protected OaId otherOa() {
        return new OaId("2000000000000000003");
    }

    @Override
    protected ZaloAppId app() {
        return new ZaloAppId("1000000000000000001");
    }
}
