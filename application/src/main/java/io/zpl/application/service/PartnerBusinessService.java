package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.Recipients;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.RecipientFacts;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.guard.SendGuard;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class PartnerBusinessService implements ReviewPartnerBusiness {

    private final OfficialAccounts accounts;
    private final Recipients recipients;
    private final BusinessRecords records;
    private final SendGuard guard;
    private final Clock clock;

    public PartnerBusinessService(
            OfficialAccounts accounts, Recipients recipients, BusinessRecords records, SendGuard guard, Clock clock) {
        this.accounts = accounts;
        this.recipients = recipients;
        this.records = records;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public PartnerBusiness review(Actor actor, PartnerId partner) {
        actor.requireAnyRole();
        Instant now = clock.now();
        var perOa = new ArrayList<Resolution>();
        RecipientFacts first = null;
        for (OfficialAccount oa : accounts.all().stream()
                .sorted(Comparator.comparing(OfficialAccount::name))
                .toList()) {
            var facts = recipients
                    .facts(partner, new OaFacts(oa.id(), oa.name(), oa.status()))
                    .orElseThrow(() -> notFound(partner));
            first = first == null ? facts : first;
            perOa.add(guard.resolve(facts, Purpose.BUSINESS, now));
        }
        if (first == null) {
            throw new NotFound("NO_OFFICIAL_ACCOUNTS", "No Official Account is set up yet.");
        }
        var survivor = first.survivor();
        List<BusinessRecord> owned = records.ofPartner(survivor.id());
        BigDecimal balance = owned.stream()
                .filter(Invoice.class::isInstance)
                .map(r -> ((Invoice) r).amountDue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PartnerBusiness(partner, survivor.id(), survivor.name(), perOa, owned, balance);
    }

    private static NotFound notFound(PartnerId partner) {
        return new NotFound("PARTNER_NOT_FOUND", "There is no partner " + partner + ".");
    }
}
