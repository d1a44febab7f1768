package io.zpl.application.service;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.out.BusinessRecords;
import io.zpl.application.port.out.Clock;
import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Recipients;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.Purpose;
import io.zpl.domain.guard.RecipientFacts;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.guard.SendGuard;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class PartnerBusinessService implements ReviewPartnerBusiness {

    /** How far back the page looks for the last message the OA sent on a link. */
    private static final int MESSAGES_LOOKED_AT = 20;

    private final OfficialAccounts accounts;
    private final Recipients recipients;
    private final BusinessRecords records;
    private final SendGuard guard;
    private final PartnerLinks links;
    private final LinkAudits audits;
    private final ZaloMessages messages;
    private final AuditPolicy policy;
    private final Clock clock;

    public PartnerBusinessService(
            OfficialAccounts accounts,
            Recipients recipients,
            BusinessRecords records,
            SendGuard guard,
            PartnerLinks links,
            LinkAudits audits,
            ZaloMessages messages,
            AuditPolicy policy,
            Clock clock) {
        this.accounts = accounts;
        this.recipients = recipients;
        this.records = records;
        this.guard = guard;
        this.links = links;
        this.audits = audits;
        this.messages = messages;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public PartnerBusiness review(Actor actor, PartnerId partner) {
        actor.requireAnyRole();
        Instant now = clock.now();
        var perOa = new ArrayList<Resolution>();
        RecipientFacts first = null;
        List<OfficialAccount> oas = accounts.all().stream()
                .sorted(Comparator.comparing(OfficialAccount::name))
                .toList();
        for (OfficialAccount oa : oas) {
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
        return new PartnerBusiness(
                partner, survivor.id(), survivor.name(), perOa, links(survivor.id(), oas, now), owned, balance);
    }

    private List<PartnerLink> links(PartnerId survivor, List<OfficialAccount> oas, Instant now) {
        Map<String, String> oaNames =
                oas.stream().collect(Collectors.toMap(oa -> oa.id().value(), OfficialAccount::name, (a, b) -> a));
        Function<ZaloPartnerLink, String> oaName =
                link -> oaNames.getOrDefault(link.oaId().value(), link.oaId().value());
        Instant staleBefore = policy.staleBefore(now);
        return links.ofPartner(survivor).stream()
                .sorted(Comparator.comparing(oaName).thenComparing(l -> l.id().value()))
                .flatMap(link -> audits.find(link.id()).stream())
                .map(row -> new PartnerLink(
                        OaAuditService.audited(row, staleBefore),
                        oaName.apply(row.link()),
                        messages.latest(row.link().id(), MESSAGES_LOOKED_AT).stream()
                                .filter(m -> m.direction() == MessageDirection.OUT)
                                .findFirst()
                                .orElse(null)))
                .toList();
    }

    private static NotFound notFound(PartnerId partner) {
        return new NotFound("PARTNER_NOT_FOUND", "There is no partner " + partner + ".");
    }
}
