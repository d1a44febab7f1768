package io.zpl.domain.partner;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;
import org.jspecify.annotations.Nullable;

/**
 * One real customer. Zalo partner links point at it; business records belong to it. A merged partner stays as a
 * tombstone whose {@link #mergedInto()} names the survivor.
 */
@AggregateRoot
public record Partner(
        @Identity PartnerId id,
        PartnerStatus status,
        String name,
        Set<PhoneNumber> phones,
        @Nullable String email,
        @Nullable String address,
        String origin,
        @Nullable PartnerId mergedInto) {

    public Partner {
        name = PartnerDetails.requireName(name);
        phones = Set.copyOf(phones);
        if ((status == PartnerStatus.MERGED) != (mergedInto != null)) {
            throw new IllegalArgumentException("a partner points at a survivor exactly when it is merged");
        }
        if (id.equals(mergedInto)) {
            throw new IllegalArgumentException("partner " + id + " cannot be merged into itself");
        }
    }

    public boolean isShadow() {
        return status == PartnerStatus.SHADOW;
    }

    public boolean isLive() {
        return status != PartnerStatus.MERGED;
    }

    public NameKey nameKey() {
        return NameKey.of(name);
    }

    /** A CS Lead confirms who this is; details left out keep their current value, phones are added, never dropped. */
    public Partner verify(PartnerDetails details) {
        if (!isLive()) {
            throw new IllegalStateException(
                    "partner " + id + " was merged into " + mergedInto + "; verify the survivor");
        }
        Set<PhoneNumber> united = new LinkedHashSet<>(phones);
        united.addAll(details.phones());
        return new Partner(
                id,
                PartnerStatus.VERIFIED,
                details.name() != null ? details.name() : name,
                united,
                details.email() != null ? details.email() : email,
                details.address() != null ? details.address() : address,
                origin,
                null);
    }

    public Partner withPhone(PhoneNumber phone) {
        Set<PhoneNumber> more = new LinkedHashSet<>(phones);
        more.add(phone);
        return new Partner(id, status, name, more, email, address, origin, mergedInto);
    }

    public Partner tombstoneInto(PartnerId survivor) {
        if (!isLive()) {
            throw new IllegalStateException("partner " + id + " is already merged into " + mergedInto);
        }
        return new Partner(id, PartnerStatus.MERGED, name, phones, email, address, origin, survivor);
    }
}
