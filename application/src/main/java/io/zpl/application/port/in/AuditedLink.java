package io.zpl.application.port.in;

import io.zpl.domain.audit.Finding;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import java.util.EnumSet;
import java.util.Set;

/** A row of the Zalo Partners list: the link, who it points at, and what the audit found on it. */
public record AuditedLink(ZaloPartnerLink link, PartnerSummary partner, Set<Finding> findings) {

    public AuditedLink {
        findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
    }

    /** Findings in the order of the decision table. */
    public Set<Finding> orderedFindings() {
        return findings.isEmpty() ? EnumSet.noneOf(Finding.class) : EnumSet.copyOf(findings);
    }

    public record PartnerSummary(PartnerId id, String name, PartnerStatus status) {
        public boolean isShadow() {
            return status == PartnerStatus.SHADOW;
        }
    }
}
