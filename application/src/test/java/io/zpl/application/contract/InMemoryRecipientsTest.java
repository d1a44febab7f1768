package io.zpl.application.contract;

import io.zpl.application.fakes.InMemoryPartnerLinks;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.fakes.InMemoryRecipients;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.Recipients;
import io.zpl.domain.partner.PartnerId;

class InMemoryRecipientsTest extends RecipientsContract {
    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryPartnerLinks links = new InMemoryPartnerLinks();
    private final InMemoryRecipients recipients = new InMemoryRecipients(partners, links);

    @Override
    protected Partners partners() {
        return partners;
    }

    @Override
    protected PartnerLinks links() {
        return links;
    }

    @Override
    protected Recipients recipients() {
        return recipients;
    }

    @Override
    protected void duplicateGroup(String tier, String state, PartnerId... members) {
        if (state.equals("OPEN") && !tier.equals("POSSIBLE")) {
            for (PartnerId member : members) {
                recipients.markOpenDuplicate(member);
            }
        }
    }
}
