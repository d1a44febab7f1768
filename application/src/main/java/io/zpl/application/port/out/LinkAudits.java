package io.zpl.application.port.out;

import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.LinkFacts;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The audit's read model over links. A filter selects links having any of its findings, evaluated exactly as
 * {@link io.zpl.domain.audit.Findings} does with {@code staleBefore}; rows come in the sort's order, link id breaking
 * ties, and {@code after} resumes strictly behind a row.
 */
public interface LinkAudits {

    List<LinkRow> page(LinkFilter filter, AuditSort sort, @Nullable LinkCursor after, int limit);

    /** Streams every selected row in order without holding them all in memory. */
    void forEach(LinkFilter filter, AuditSort sort, Consumer<LinkRow> sink);

    Optional<LinkRow> find(LinkId id);

    FindingTally tally(OaId oa, Instant staleBefore);

    /** The latest messages of a link, newest first. */
    List<LinkMessage> latestMessages(LinkId id, int limit);

    record LinkFilter(
            OaId oa, Set<Finding> findings, @Nullable SearchText text, Instant staleBefore) {
        public LinkFilter {
            findings = findings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(findings));
        }
    }

    /** A link with what the audit needs of its partner. */
    record LinkRow(
            ZaloPartnerLink link, String partnerName, PartnerStatus partnerStatus, boolean inOpenDuplicateGroup) {
        public LinkFacts facts() {
            return new LinkFacts(partnerStatus, inOpenDuplicateGroup, link.sync(), link.messages());
        }
    }

    record FindingTally(long links, Map<Finding, Long> perFinding) {
        public FindingTally {
            perFinding = Map.copyOf(perFinding);
        }

        public long of(Finding finding) {
            return perFinding.getOrDefault(finding, 0L);
        }
    }
}
