package io.zpl.application.fakes;

import io.zpl.application.port.out.Partners;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Partners kept in memory, for use-case tests; {@code PartnersContract} holds it to the same rules as MariaDB. */
public final class InMemoryPartners implements Partners {

    private final Map<PartnerId, Partner> partners = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Partner create(PartnerStatus status, PartnerDetails details, String origin) {
        if (details.name() == null) {
            throw new IllegalArgumentException("a new partner needs a name");
        }
        var partner = new Partner(
                new PartnerId(ids.incrementAndGet()),
                status,
                details.name(),
                Set.copyOf(details.phones()),
                details.email(),
                details.address(),
                origin,
                null);
        partners.put(partner.id(), partner);
        return partner;
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return Optional.ofNullable(partners.get(id));
    }

    @Override
    public void save(Partner partner) {
        if (partners.replace(partner.id(), partner) == null) {
            throw new IllegalStateException("partner " + partner.id() + " does not exist");
        }
    }
}
