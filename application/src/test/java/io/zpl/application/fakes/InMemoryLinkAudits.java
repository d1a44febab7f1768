package io.zpl.application.fakes;

import io.zpl.application.port.out.LinkAudits;
import io.zpl.application.port.out.LinkCursor;
import io.zpl.application.port.out.SearchText;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.Findings;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.NameKey;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The audit read model over the in-memory links and partners; open duplicate groups and messages are set by tests. */
public final class InMemoryLinkAudits implements LinkAudits {

    private final InMemoryPartnerLinks links;
    private final InMemoryPartners partners;
    private final Set<PartnerId> inOpenDuplicateGroup = ConcurrentHashMap.newKeySet();
    private final Map<LinkId, List<LinkMessage>> messages = new ConcurrentHashMap<>();

    public InMemoryLinkAudits(InMemoryPartnerLinks links, InMemoryPartners partners) {
        this.links = links;
        this.partners = partners;
    }

    public void openDuplicateGroup(PartnerId... members) {
        inOpenDuplicateGroup.addAll(List.of(members));
    }

    public void addMessage(LinkId link, LinkMessage message) {
        messages.computeIfAbsent(link, id -> new CopyOnWriteArrayList<>()).add(message);
    }

    @Override
    public List<LinkRow> page(LinkFilter filter, AuditSort sort, @Nullable LinkCursor after, int limit) {
        return selected(filter, sort)
                .filter(row -> after == null || order(sort).compare(row.link(), cursorLink(after, row.link())) > 0)
                .limit(limit)
                .toList();
    }

    @Override
    public void forEach(LinkFilter filter, AuditSort sort, Consumer<LinkRow> sink) {
        selected(filter, sort).forEach(sink);
    }

    @Override
    public Optional<LinkRow> find(LinkId id) {
        return links.find(id).map(this::row);
    }

    @Override
    public FindingTally tally(OaId oa, Instant staleBefore) {
        var rows = links.all().stream()
                .filter(l -> l.oaId().equals(oa))
                .map(this::row)
                .toList();
        Map<Finding, Long> counts = new EnumMap<>(Finding.class);
        for (LinkRow row : rows) {
            Findings.of(row.facts(), staleBefore).forEach(f -> counts.merge(f, 1L, Long::sum));
        }
        return new FindingTally(rows.size(), counts);
    }

    @Override
    public List<LinkMessage> latestMessages(LinkId id, int limit) {
        return messages.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(LinkMessage::sentAt).reversed())
                .limit(limit)
                .toList();
    }

    private Stream<LinkRow> selected(LinkFilter filter, AuditSort sort) {
        return links.all().stream()
                .filter(l -> l.oaId().equals(filter.oa()))
                .sorted(order(sort))
                .map(this::row)
                .filter(row -> filter.findings().isEmpty()
                        || Findings.of(row.facts(), filter.staleBefore()).stream()
                                .anyMatch(filter.findings()::contains))
                .filter(row -> filter.text() == null || matches(row, filter.text()));
    }

    private boolean matches(LinkRow row, SearchText text) {
        ZaloPartnerLink link = row.link();
        Partner partner = partners.find(link.partnerId()).orElseThrow();
        if (text.zaloUserId() != null && link.zaloUserId().value().equals(text.zaloUserId())) {
            return true;
        }
        if (text.phone() != null
                && (text.phone().equals(link.profile().sharedPhone())
                        || partner.phones().contains(text.phone()))) {
            return true;
        }
        String haystack = NameKey.searchText(Objects.toString(link.profile().displayName(), "") + " "
                + Objects.toString(link.profile().alias(), "") + " " + partner.name());
        List<String> nameWords = List.of(haystack.split("[^\\p{L}\\p{N}]+"));
        return !text.words().isEmpty()
                && text.words().stream().allMatch(word -> nameWords.stream().anyMatch(w -> w.startsWith(word)));
    }

    private LinkRow row(ZaloPartnerLink link) {
        Partner partner = partners.find(link.partnerId()).orElseThrow();
        return new LinkRow(link, partner.name(), partner.status(), inOpenDuplicateGroup.contains(partner.id()));
    }

    /** A stand-in link carrying the cursor's sort key and id, to compare rows with. */
    private static ZaloPartnerLink cursorLink(LinkCursor cursor, ZaloPartnerLink shape) {
        var stats = shape.messages();
        var profile = shape.profile();
        var sync = shape.sync();
        switch (cursor.sort()) {
            case LAST_MESSAGE -> stats = new MessageStats(0, null, cursor.instantKey());
            case NAME -> profile = profile.withDisplayName(cursor.key());
            case LAST_SYNC -> sync = new SyncState(cursor.instantKey(), null, null, null, null);
        }
        return new ZaloPartnerLink(
                new LinkId(cursor.linkId()),
                shape.oaId(),
                shape.zaloUserId(),
                shape.appId(),
                null,
                shape.partnerId(),
                profile,
                stats,
                sync);
    }

    /** MariaDB's order: NULL sorts lowest, names compare without accents or case, link id breaks ties. */
    static Comparator<ZaloPartnerLink> order(AuditSort sort) {
        Comparator<Long> byId = Comparator.naturalOrder();
        return switch (sort) {
            case LAST_MESSAGE ->
                Comparator.comparing(
                                (ZaloPartnerLink l) -> l.messages().lastAt(),
                                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .thenComparing(l -> l.id().value(), byId)
                        .reversed();
            case NAME ->
                Comparator.comparing(
                                (ZaloPartnerLink l) -> l.profile().displayName() == null
                                        ? null
                                        : NameKey.searchText(l.profile().displayName()),
                                Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                        .thenComparing(l -> l.id().value(), byId);
            case LAST_SYNC ->
                Comparator.comparing(
                                (ZaloPartnerLink l) -> l.sync().profileSyncedAt(),
                                Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .thenComparing(l -> l.id().value(), byId);
        };
    }
}
