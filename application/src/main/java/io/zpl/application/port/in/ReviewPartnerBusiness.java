package io.zpl.application.port.in;

import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import java.math.BigDecimal;
import java.util.List;

/**
 * A partner's business side, for the partner page: the send guard's answer for business content on every OA, and
 * the business records with the open balance. An old (merged) id answers for the survivor. Any role may read it.
 */
public interface ReviewPartnerBusiness {

    /** @throws NotFound with {@code PARTNER_NOT_FOUND} */
    PartnerBusiness review(Actor actor, PartnerId partner);

    record PartnerBusiness(
            PartnerId requested,
            PartnerId partnerId,
            String name,
            List<Resolution> readinessPerOa,
            List<BusinessRecord> records,
            BigDecimal openBalance) {
        public PartnerBusiness {
            readinessPerOa = List.copyOf(readinessPerOa);
            records = List.copyOf(records);
        }

        public boolean resolvedFromMergedId() {
            return !requested.equals(partnerId);
        }
    }
}
