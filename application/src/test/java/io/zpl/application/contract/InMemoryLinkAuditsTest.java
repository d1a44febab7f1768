package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryLinkAudits;
import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.ZaloAppId;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryLinkAuditsTest extends LinkAuditsContract {

    private final AtomicLong oaIds = new AtomicLong(2_100_000_000_000_000_000L);
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final InMemoryLinkAudits audits = new InMemoryLinkAudits(links, partners);

    @Override
    protected LinkAudits audits() {
        return audits;
    }

    @Override
    protected PartnerLinks links() {
        return links;
    }

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected OaId newOa() {
        return new OaId(Long.toString(oaIds.incrementAndGet()));
    }

    @Override
    protected ZaloAppId app() {
        return new ZaloAppId("1000000000000000001");
    }

    @Override
    protected void openDuplicateGroup(PartnerId... members) {
        audits.openDuplicateGroup(members);
    }

    @Override
    protected void addMessage(LinkId link, LinkMessage message) {
        audits.addMessage(link, message);
    }
}
