package io.zpl.adapters.persistence;

import io.zpl.application.port.out.Partners;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

public final class JdbiPartners implements Partners {

    private final Jdbi jdbi;

    public JdbiPartners(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Partner create(PartnerStatus status, PartnerDetails details, String origin) {
        if (details.name() == null) {
            throw new IllegalArgumentException("a new partner needs a name");
        }
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO partner (status, name, name_key, email, address, origin, created_at, updated_at)
                            VALUES (:status, :name, :nameKey, :email, :address, :origin, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))
                            """)
                    .bind("status", status.name())
                    .bind("name", details.name())
                    .bind("nameKey", NameKey.of(details.name()).value())
                    .bind("email", details.email())
                    .bind("address", details.address())
                    .bind("origin", origin)
                    .executeAndReturnGeneratedKeys("partner_id")
                    .mapTo(Long.class)
                    .one();
            var partner = new Partner(
                    new PartnerId(id),
                    status,
                    details.name(),
                    new LinkedHashSet<>(details.phones()),
                    details.email(),
                    details.address(),
                    origin,
                    null);
            insertPhones(h, partner.id(), partner.phones());
            return partner;
        });
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM partner WHERE partner_id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> {
                    long mergedInto = rs.getLong("merged_into");
                    PartnerId survivor = rs.wasNull() ? null : new PartnerId(mergedInto);
                    return new Partner(
                            id,
                            PartnerStatus.valueOf(rs.getString("status")),
                            rs.getString("name"),
                            phonesOf(h, id),
                            rs.getString("email"),
                            rs.getString("address"),
                            rs.getString("origin"),
                            survivor);
                })
                .findOne());
    }

    @Override
    public void save(Partner partner) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("""
                            UPDATE partner SET status = :status, name = :name, name_key = :nameKey, email = :email,
                                address = :address, merged_into = :mergedInto, version = version + 1,
                                updated_at = UTC_TIMESTAMP(6)
                            WHERE partner_id = :id
                            """)
                    .bind("id", partner.id().value())
                    .bind("status", partner.status().name())
                    .bind("name", partner.name())
                    .bind("nameKey", partner.nameKey().value())
                    .bind("email", partner.email())
                    .bind("address", partner.address())
                    .bind(
                            "mergedInto",
                            partner.mergedInto() == null
                                    ? null
                                    : partner.mergedInto().value())
                    .execute();
            if (updated == 0) {
                throw new IllegalStateException("partner " + partner.id() + " does not exist");
            }
            Set<PhoneNumber> missing = new LinkedHashSet<>(partner.phones());
            missing.removeAll(phonesOf(h, partner.id()));
            insertPhones(h, partner.id(), missing);
        });
    }

    private static Set<PhoneNumber> phonesOf(Handle h, PartnerId id) {
        return h.createQuery("SELECT phone_e164 FROM partner_phone WHERE partner_id = :id ORDER BY phone_id")
                .bind("id", id.value())
                .map((rs, ctx) -> new PhoneNumber(rs.getString(1)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void insertPhones(Handle h, PartnerId id, Set<PhoneNumber> phones) {
        if (phones.isEmpty()) {
            return;
        }
        var batch = h.prepareBatch("INSERT INTO partner_phone (partner_id, phone_e164) VALUES (:id, :phone)");
        phones.forEach(phone ->
                batch.bind("id", id.value()).bind("phone", phone.e164()).add());
        batch.execute();
    }
}
