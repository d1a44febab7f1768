package io.zpl.application.fakes;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.domain.zalo.UserIdByApp;
import io.zpl.domain.zalo.ZaloAppId;
import io.zpl.domain.zalo.ZaloUserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryPartnerLinks implements PartnerLinks {

    private final Map<Long, ZaloPartnerLink> links = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public synchronized ZaloPartnerLink create(NewLink link) {
        if (find(link.oaId(), link.zaloUserId()).isPresent()) {
            throw new IllegalStateException("a link for " + link.zaloUserId() + " on OA " + link.oaId() + " exists");
        }
        var created = new ZaloPartnerLink(
                new LinkId(ids.incrementAndGet()),
                link.oaId(),
                link.zaloUserId(),
                link.appId(),
                link.userIdByApp(),
                link.partnerId(),
                link.profile(),
                link.messages(),
                link.sync());
        links.put(created.id().value(), created);
        return created;
    }

    @Override
    public Optional<ZaloPartnerLink> find(LinkId id) {
        return Optional.ofNullable(links.get(id.value()));
    }

    @Override
    public List<ZaloPartnerLink> find(List<LinkId> ids) {
        return ids.stream()
                .map(id -> links.get(id.value()))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(l -> l.id().value()))
                .toList();
    }

    @Override
    public Optional<ZaloPartnerLink> find(OaId oa, ZaloUserId user) {
        return links.values().stream()
                .filter(l -> l.oaId().equals(oa) && l.zaloUserId().equals(user))
                .findFirst();
    }

    @Override
    public List<ZaloPartnerLink> ofPartner(PartnerId partner) {
        return links.values().stream()
                .filter(l -> l.partnerId().equals(partner))
                .toList();
    }

    @Override
    public List<ZaloPartnerLink> withUserIdByApp(ZaloAppId app, UserIdByApp userIdByApp) {
        return links.values().stream()
                .filter(l -> l.appId().equals(app) && userIdByApp.equals(l.userIdByApp()))
                .sorted(Comparator.comparing(l -> l.id().value()))
                .toList();
    }

    @Override
    public void save(ZaloPartnerLink link) {
        if (links.replace(link.id().value(), link) == null) {
            throw new IllegalStateException("link " + link.id() + " does not exist");
        }
    }

    public List<ZaloPartnerLink> all() {
        return List.copyOf(links.values());
    }
}
