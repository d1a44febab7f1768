package io.zpl.application.port.out;

import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Partners as the read side shows them: with links, open balance and document count, in id order. */
public interface PartnerDirectory {

    /**
     * Partners after {@code afterId} in id order, of {@code status} (live ones, not merged, when null), matching
     * {@code text} when given.
     */
    List<PartnerHoldings> search(@Nullable SearchText text, @Nullable PartnerStatus status, long afterId, int limit);

    Optional<PartnerHoldings> find(PartnerId id);

    record PartnerHoldings(Partner partner, List<ZaloPartnerLink> links, BigDecimal openBalance, long documentCount) {
        public PartnerHoldings {
            links = List.copyOf(links);
        }
    }
}
