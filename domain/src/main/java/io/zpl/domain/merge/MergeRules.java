package io.zpl.domain.merge;

import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The conflicts a plan has with the partners as they are now. */
public final class MergeRules {

    private MergeRules() {}

    public static List<MergeConflict> check(MergePlan plan, Map<PartnerId, Partner> partners) {
        List<MergeConflict> conflicts = new ArrayList<>();
        for (PartnerId id : plan.all()) {
            Partner p = partners.get(id);
            if (p != null && !p.isLive()) {
                conflicts.add(new MergeConflict(
                        MergeConflict.Code.PARTNER_NOT_LIVE,
                        "Partner " + id + " (" + p.name() + ") was already merged into " + p.mergedInto()
                                + "; merge the survivor instead.",
                        true));
            }
        }
        Partner survivor = partners.get(plan.survivor());
        if (survivor != null && survivor.status() == PartnerStatus.SHADOW) {
            plan.merged().stream()
                    .map(partners::get)
                    .filter(p -> p != null && p.status() == PartnerStatus.VERIFIED)
                    .findFirst()
                    .ifPresent(verified -> conflicts.add(new MergeConflict(
                            MergeConflict.Code.SHADOW_SURVIVOR,
                            "A shadow contact cannot survive while a verified partner is in the set: choose "
                                    + verified.name() + " (" + verified.id() + ") as the survivor.",
                            true)));
        }
        for (MergeField field : MergeField.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (PartnerId id : plan.all()) {
                Partner p = partners.get(id);
                String value = p == null ? null : valueOf(p, field);
                if (value != null) {
                    values.add(value);
                }
            }
            if (values.size() > 1) {
                Partner source = partners.get(plan.sourceOf(field));
                String kept = source == null ? null : valueOf(source, field);
                conflicts.add(new MergeConflict(
                        MergeConflict.Code.FIELD_VALUES_DIFFER,
                        "The " + field.name().toLowerCase(Locale.ROOT) + " differs (" + String.join(" / ", values)
                                + "); " + (kept == null ? "none" : "'" + kept + "'") + " is kept.",
                        false));
            }
        }
        return conflicts;
    }

    static @Nullable String valueOf(Partner partner, MergeField field) {
        return switch (field) {
            case NAME -> partner.name();
            case EMAIL -> partner.email();
            case ADDRESS -> partner.address();
        };
    }

    public static boolean anyBlocking(List<MergeConflict> conflicts) {
        return conflicts.stream().anyMatch(MergeConflict::blocking);
    }
}
