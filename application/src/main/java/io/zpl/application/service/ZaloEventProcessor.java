package io.zpl.application.service;

import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.out.OfficialAccounts;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.application.port.out.ZaloEventFormat;
import io.zpl.application.port.out.ZaloEvents;
import io.zpl.application.port.out.ZaloMessages;
import io.zpl.domain.event.ZaloEvent;
import io.zpl.domain.event.ZaloEvent.AboutUser;
import io.zpl.domain.event.ZaloEvent.DeliveryReceipt;
import io.zpl.domain.event.ZaloEvent.FollowChange;
import io.zpl.domain.event.ZaloEvent.OaMessage;
import io.zpl.domain.event.ZaloEvent.SharedInfo;
import io.zpl.domain.event.ZaloEvent.Unhandled;
import io.zpl.domain.event.ZaloEvent.UserMessage;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.MessageDirection;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.domain.link.ZaloPartnerLink;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of PRODUCT.md "Ingesting Zalo events" for one stored event. All writes happen inside
 * {@link ZaloEvents#process}, so they commit together with the event's new state or not at all.
 */
public final class ZaloEventProcessor {

    private final ZaloEventFormat format;
    private final ZaloEvents events;
    private final OfficialAccounts accounts;
    private final Partners partners;
    private final PartnerLinks links;
    private final ZaloMessages messages;
    private final LinkResolver resolver;
    private final DetectDuplicates duplicates;

    public ZaloEventProcessor(
            ZaloEventFormat format,
            ZaloEvents events,
            OfficialAccounts accounts,
            Partners partners,
            PartnerLinks links,
            ZaloMessages messages,
            LinkResolver resolver,
            DetectDuplicates duplicates) {
        this.format = format;
        this.events = events;
        this.accounts = accounts;
        this.partners = partners;
        this.links = links;
        this.messages = messages;
        this.resolver = resolver;
        this.duplicates = duplicates;
    }

    /** Processes the event unless it is processed already or another worker holds it. */
    public Optional<ZaloEventSummary> process(ZaloEventId id) {
        Set<PartnerId> newEvidence = new LinkedHashSet<>();
        var processed = events.process(id, (stored, raw) -> handle(format.read(raw), newEvidence));
        // after the event's transaction: a new contact or shared phone may reveal a split customer
        newEvidence.forEach(duplicates::detectFor);
        return processed;
    }

    /** Processes the events in order, sharing one transaction; answers how many were processed. */
    public int processAll(List<ZaloEventId> ids) {
        Set<PartnerId> newEvidence = new LinkedHashSet<>();
        int processed = events.processAll(ids, (stored, raw) -> handle(format.read(raw), newEvidence));
        newEvidence.forEach(duplicates::detectFor);
        return processed;
    }

    private @Nullable String handle(ZaloEvent event, Set<PartnerId> newEvidence) {
        return switch (event) {
            case Unhandled u ->
                "ignored: Zalo Partner Links does not use '" + u.envelope().eventName() + "' events";
            case AboutUser about -> handleAboutUser(about, newEvidence);
        };
    }

    private @Nullable String handleAboutUser(AboutUser event, Set<PartnerId> newEvidence) {
        OfficialAccount oa = accounts.find(event.oaId())
                .orElseThrow(() -> new IllegalArgumentException("Official Account " + event.oaId()
                        + " is not registered: add it under its Zalo App, then retry this event"));
        if (!oa.appId().equals(event.envelope().appId())) {
            throw new IllegalArgumentException("Official Account " + oa.id() + " belongs to Zalo App " + oa.appId()
                    + ", but the event came from App " + event.envelope().appId());
        }
        if (event instanceof FollowChange follow
                && events.newerFollowChangeProcessed(
                        oa.id(), follow.userId().value(), follow.envelope().timestamp())) {
            return "superseded: a newer follow/unfollow of this user was already processed";
        }
        List<String> notes = new ArrayList<>();
        var resolved = resolver.findOrCreate(event, oa, proposedName(event), sharedPhone(event));
        resolved.note().ifPresent(notes::add);
        ZaloPartnerLink before = resolved.link();
        ZaloPartnerLink after = switch (event) {
            case UserMessage m -> recordMessage(before, m, notes);
            case OaMessage m -> recordMessage(before, m, notes);
            case FollowChange f -> before.withProfile(before.profile().withFollower(f.following()));
            case SharedInfo s -> shareInfo(before, s, notes);
            case DeliveryReceipt r -> {
                var state = r.seen() ? DeliveryState.SEEN : DeliveryState.RECEIVED;
                int changed = messages.markDelivery(before.id(), r.msgIds(), state);
                if (changed < r.msgIds().size()) {
                    notes.add(changed + " of " + r.msgIds().size() + " messages marked "
                            + state.name().toLowerCase(java.util.Locale.ROOT));
                }
                yield before;
            }
        };
        if (!after.equals(before) || resolved.changed()) {
            links.save(after);
        }
        if (resolved.note().isPresent() || event instanceof SharedInfo) {
            newEvidence.add(after.partnerId());
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private ZaloPartnerLink recordMessage(ZaloPartnerLink link, UserMessage m, List<String> notes) {
        boolean isNew = messages.record(new ZaloMessage(
                link.id(),
                m.msgId(),
                MessageDirection.IN,
                m.envelope().eventName(),
                m.text(),
                m.attachments(),
                null,
                m.envelope().timestamp(),
                null));
        if (!isNew) {
            notes.add("message " + m.msgId() + " was already recorded");
            return link;
        }
        var counted = link.withMessageAt(m.envelope().timestamp(), true);
        if (m.senderName() != null && counted.profile().displayName() == null) {
            return counted.withProfile(counted.profile().withDisplayName(Texts.fit(m.senderName(), 255)));
        }
        return counted;
    }

    private ZaloPartnerLink recordMessage(ZaloPartnerLink link, OaMessage m, List<String> notes) {
        boolean isNew = messages.record(new ZaloMessage(
                link.id(),
                m.msgId(),
                MessageDirection.OUT,
                m.envelope().eventName(),
                m.text(),
                m.attachments(),
                m.adminId(),
                m.envelope().timestamp(),
                DeliveryState.SENT));
        if (!isNew) {
            notes.add("message " + m.msgId() + " was already recorded");
            return link;
        }
        return link.withMessageAt(m.envelope().timestamp(), false);
    }

    private ZaloPartnerLink shareInfo(ZaloPartnerLink link, SharedInfo info, List<String> notes) {
        PhoneNumber phone = sharedPhone(info);
        if (info.phone() != null && phone == null) {
            notes.add("shared phone '" + Texts.fit(info.phone(), 40) + "' is not a phone number we understand");
        }
        if (phone != null) {
            Partner partner = partners.find(link.partnerId()).orElseThrow();
            if (partner.isShadow() && !partner.phones().contains(phone)) {
                partners.save(partner.withPhone(phone));
            }
        }
        var profile = link.profile()
                .withSharedInfo(phone, Texts.fitOrNull(info.name(), 255), Texts.fitOrNull(info.address(), 500))
                .withInteractionAt(info.envelope().timestamp());
        return link.withProfile(profile);
    }

    private static @Nullable String proposedName(AboutUser event) {
        return switch (event) {
            case UserMessage m -> m.senderName();
            case SharedInfo s -> s.name();
            default -> null;
        };
    }

    private static @Nullable PhoneNumber sharedPhone(AboutUser event) {
        return event instanceof SharedInfo s && s.phone() != null
                ? PhoneNumber.tryParse(s.phone()).orElse(null)
                : null;
    }
}
