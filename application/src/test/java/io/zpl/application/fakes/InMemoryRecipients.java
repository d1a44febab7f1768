package io.zpl.application.fakes;

import io.zpl.application.port.out.Recipients;
import io.zpl.domain.guard.ChainStep;
import io.zpl.domain.guard.LinkOnOa;
import io.zpl.domain.guard.OaFacts;
import io.zpl.domain.guard.RecipientFacts;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The guard's facts read from the in-memory partners and links; open duplicate groups are marked by the test. */
public final class InMemoryRecipients implements Recipients {

    private final InMemoryPartners partners;
    private final InMemoryPartnerLinks links;
    private final Set<PartnerId> inOpenDuplicateGroup = ConcurrentHashMap.newKeySet();

    public InMemoryRecipients(InMemoryPartners partners, InMemoryPartnerLinks links) {
        this.partners = partners;
        this.links = links;
    }

    public void markOpenDuplicate(PartnerId partner) {
        inOpenDuplicateGroup.add(partner);
    }

    @Override
    public Optional<RecipientFacts> facts(PartnerId requested, OaFacts oa) {
        var chain = new ArrayList<ChainStep>();
        Optional<Partner> next = partners.find(requested);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        while (next.isPresent() && chain.size() < 50) {
            Partner p = next.get();
            chain.add(new ChainStep(p.id(), p.status(), p.name(), p.mergedInto()));
            next = p.mergedInto() == null ? Optional.empty() : partners.find(p.mergedInto());
        }
        PartnerId survivor = chain.getLast().id();
        List<LinkOnOa> onOa = links.ofPartner(survivor).stream()
                .filter(l -> l.oaId().equals(oa.id()))
                .map(l -> new LinkOnOa(
                        l.id(),
                        l.zaloUserId(),
                        l.profile().follower(),
                        l.profile().lastInteractionAt(),
                        l.sync().profileSyncedAt()))
                .toList();
        return Optional.of(new RecipientFacts(chain, inOpenDuplicateGroup.contains(survivor), oa, onOa));
    }
}
