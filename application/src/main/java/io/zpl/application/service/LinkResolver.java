package io.zpl.application.service;

import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.ZaloApps;
import io.zpl.domain.event.ZaloEvent.AboutUser;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.oa.ZaloApp;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.UserIdByApp;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Finds the link of the Zalo user an event is about, or creates it: attached to the partner of another link of the
 * same App with the same {@code user_id_by_app} (a certain identity, when the App allows it), else to a new shadow.
 */
public final class LinkResolver {

    private static final int MAX_MERGE_HOPS = 20;

    private final ZaloApps apps;
    private final Partners partners;
    private final PartnerLinks links;

    public LinkResolver(ZaloApps apps, Partners partners, PartnerLinks links) {
        this.apps = apps;
        this.partners = partners;
        this.links = links;
    }

    /**
     * @param changed whether an existing link learned something that must be saved even if nothing else changes
     */
    public record Resolved(ZaloPartnerLink link, boolean changed, Optional<String> note) {}

    public Resolved findOrCreate(
            AboutUser event, OfficialAccount oa, @Nullable String proposedName, @Nullable PhoneNumber phone) {
        var existing = links.find(oa.id(), event.userId());
        if (existing.isPresent()) {
            var link = existing.get();
            var learned = link.withUserIdByAppIfMissing(event.userIdByApp());
            return new Resolved(learned, !learned.equals(link), Optional.empty());
        }
        var certain = certainPartner(oa, event.userIdByApp());
        PartnerId partner;
        String note;
        if (certain.isPresent()) {
            partner = certain.get();
            note = "new link attached to partner " + partner + " (same user_id_by_app within the App)";
        } else {
            String name = proposedName == null || proposedName.isBlank()
                    ? "Zalo user …" + tail(event.userId().value())
                    : Texts.fit(proposedName, 255);
            partner = partners.create(
                            PartnerStatus.SHADOW,
                            new PartnerDetails(name, phone == null ? List.of() : List.of(phone), null, null),
                            "Zalo: " + oa.name())
                    .id();
            note = "new shadow contact " + partner;
        }
        var profile = ZaloProfile.unknown()
                .withDisplayName(proposedName == null || proposedName.isBlank() ? null : Texts.fit(proposedName, 255));
        var created = links.create(new NewLink(
                oa.id(),
                event.userId(),
                oa.appId(),
                event.userIdByApp(),
                partner,
                profile,
                MessageStats.none(),
                SyncState.never()));
        return new Resolved(created, false, Optional.of(note));
    }

    private Optional<PartnerId> certainPartner(OfficialAccount oa, @Nullable UserIdByApp userIdByApp) {
        if (userIdByApp == null
                || !apps.find(oa.appId()).map(ZaloApp::certainIdentityWithinApp).orElse(false)) {
            return Optional.empty();
        }
        return links.withUserIdByApp(oa.appId(), userIdByApp).stream()
                .findFirst()
                .map(other -> live(other.partnerId()));
    }

    /** Follows merge tombstones to the surviving partner. */
    private PartnerId live(PartnerId id) {
        PartnerId current = id;
        for (int hop = 0; hop < MAX_MERGE_HOPS; hop++) {
            Partner partner = partners.find(current)
                    .orElseThrow(
                            () -> new IllegalStateException("partner " + id + " is referenced but does not exist"));
            if (partner.mergedInto() == null) {
                return current;
            }
            current = partner.mergedInto();
        }
        throw new IllegalStateException("partner " + id + " is merged in a chain longer than " + MAX_MERGE_HOPS);
    }

    private static String tail(String id) {
        return id.length() <= 6 ? id : id.substring(id.length() - 6);
    }
}
