package io.zpl.application.port.in;

import io.zpl.domain.guard.Resolution;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A partner's business side, for the partner page: the send guard's answer for business content on every OA, the
 * partner's links with what the audit found on them, and the business records with the open balance. An old (merged)
 * id answers for the survivor. Any role may read it.
 */
public interface ReviewPartnerBusiness {

    /** @throws NotFound with {@code PARTNER_NOT_FOUND} */
    PartnerBusiness review(Actor actor, PartnerId partner);

    record PartnerBusiness(
            PartnerId requested,
            PartnerId partnerId,
            String name,
            List<Resolution> readinessPerOa,
            List<PartnerLink> links,
            List<BusinessRecord> records,
            BigDecimal openBalance) {
        public PartnerBusiness {
            readinessPerOa = List.copyOf(readinessPerOa);
            links = List.copyOf(links);
            records = List.copyOf(records);
        }

        public boolean resolvedFromMergedId() {
            return !requested.equals(partnerId);
        }
    }

    /** One of the partner's links: the audit's row, its OA's name, and the last message the OA sent on it. */
    record PartnerLink(
            AuditedLink audited, String oaName, @Nullable ZaloMessage lastSent) {}
}
