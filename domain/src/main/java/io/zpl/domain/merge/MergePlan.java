package io.zpl.domain.merge;

import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;
import org.jspecify.annotations.Nullable;

/**
 * What a CS Lead asks for: the survivor, the partners merged into it, and for each of name, email and address which
 * partner's value survives (the survivor's own when not chosen).
 */
@ValueObject
public record MergePlan(PartnerId survivor, List<PartnerId> merged, Map<MergeField, PartnerId> fieldSources) {

    public static final int DEFAULT_MAX_PARTNERS = 10;

    public MergePlan {
        merged = List.copyOf(merged);
        fieldSources = fieldSources.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fieldSources));
        if (merged.isEmpty()) {
            throw new IllegalArgumentException("choose at least one partner to merge into the survivor");
        }
        if (Set.copyOf(merged).size() != merged.size()) {
            throw new IllegalArgumentException("a partner is listed twice among the partners to merge");
        }
        if (merged.contains(survivor)) {
            throw new IllegalArgumentException("partner " + survivor + " cannot be merged into itself");
        }
        for (var source : fieldSources.entrySet()) {
            if (!source.getValue().equals(survivor) && !merged.contains(source.getValue())) {
                throw new IllegalArgumentException(
                        "the " + source.getKey().name().toLowerCase(java.util.Locale.ROOT)
                                + " must come from one of the partners being merged, not " + source.getValue());
            }
        }
    }

    /** Checks the size against the configured limit (2..max partners in all). */
    public MergePlan requireAtMost(int maxPartners) {
        if (all().size() > maxPartners) {
            throw new IllegalArgumentException(
                    "at most " + maxPartners + " partners can be merged at once, got " + all().size());
        }
        return this;
    }

    /** The survivor first, then the merged partners in the order given. */
    public List<PartnerId> all() {
        List<PartnerId> all = new ArrayList<>();
        all.add(survivor);
        all.addAll(merged);
        return all;
    }

    public PartnerId sourceOf(MergeField field) {
        return fieldSources.getOrDefault(field, survivor);
    }

    /** The default survivor: the oldest verified partner (lowest id), or the oldest of all when none is verified. */
    public static PartnerId defaultSurvivor(List<Partner> partners) {
        Comparator<Partner> byAge = Comparator.comparingLong(p -> p.id().value());
        Optional<Partner> verified = partners.stream()
                .filter(p -> p.status() == PartnerStatus.VERIFIED)
                .min(byAge);
        return verified.or(() -> partners.stream().min(byAge))
                .orElseThrow(() -> new IllegalArgumentException("no partners to choose a survivor from"))
                .id();
    }

    /**
     * The survivor as it will be: the chosen name, email and address, every phone of every partner, and verified when
     * any merged partner was verified. The partners must be the live ones of this plan.
     */
    public Partner survivorAfter(Map<PartnerId, Partner> partners) {
        Partner survivorNow = require(partners, survivor);
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        boolean anyVerified = false;
        for (PartnerId id : all()) {
            Partner p = require(partners, id);
            phones.addAll(p.phones());
            anyVerified |= p.status() == PartnerStatus.VERIFIED;
        }
        return new Partner(
                survivor,
                anyVerified ? PartnerStatus.VERIFIED : survivorNow.status(),
                require(partners, sourceOf(MergeField.NAME)).name(),
                phones,
                value(partners, MergeField.EMAIL),
                value(partners, MergeField.ADDRESS),
                survivorNow.origin(),
                null);
    }

    private @Nullable String value(Map<PartnerId, Partner> partners, MergeField field) {
        Partner source = require(partners, sourceOf(field));
        return field == MergeField.EMAIL ? source.email() : source.address();
    }

    private static Partner require(Map<PartnerId, Partner> partners, PartnerId id) {
        Partner partner = partners.get(id);
        if (partner == null) {
            throw new IllegalArgumentException("partner " + id + " is not part of this merge");
        }
        return partner;
    }
}
