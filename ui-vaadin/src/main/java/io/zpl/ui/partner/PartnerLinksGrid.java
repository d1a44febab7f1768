package io.zpl.ui.partner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.zpl.application.port.in.ReviewPartnerBusiness.PartnerLink;
import io.zpl.domain.link.DeliveryState;
import io.zpl.domain.link.ZaloMessage;
import io.zpl.ui.audit.FindingBadges;
import io.zpl.ui.audit.RelativeTime;
import io.zpl.ui.layout.Badge;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The partner's Zalo links, per OA: who they are on Zalo, what the audit found, and the last message we sent. */
final class PartnerLinksGrid extends Grid<PartnerLink> {

    PartnerLinksGrid(boolean linkToLinkForm, Supplier<Instant> now) {
        addColumn(PartnerLink::oaName)
                .setHeader("Official Account")
                .setKey("oa")
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(l -> zaloUser(l, linkToLinkForm)))
                .setHeader("Zalo user id")
                .setKey("zaloUserId")
                .setAutoWidth(true);
        addColumn(l -> orDash(l.audited().link().profile().displayName()))
                .setHeader("Zalo name")
                .setKey("zaloName")
                .setAutoWidth(true);
        addColumn(l -> follower(l.audited().link().profile().follower()))
                .setHeader("Follower")
                .setAutoWidth(true);
        addColumn(l -> RelativeTime.of(l.audited().link().profile().lastInteractionAt(), now.get(), "never"))
                .setHeader("Last interaction")
                .setAutoWidth(true);
        addColumn(new ComponentRenderer<>(l -> FindingBadges.of(l.audited().orderedFindings())))
                .setHeader("Findings")
                .setKey("findings")
                .setFlexGrow(2);
        addColumn(new ComponentRenderer<>(l -> lastSent(l.lastSent(), now.get())))
                .setHeader("Last message we sent")
                .setKey("lastSent")
                .setFlexGrow(2);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        setAllRowsVisible(true);
    }

    static String delivery(DeliveryState state) {
        return switch (state) {
            case UNKNOWN -> "Unknown, check Zalo Events";
            case SENT -> "Sent";
            case RECEIVED -> "Received";
            case SEEN -> "Seen";
        };
    }

    private static Component zaloUser(PartnerLink link, boolean linkToLinkForm) {
        var audited = link.audited().link();
        return linkToLinkForm
                ? new Anchor(
                        "partner-links/" + audited.id().value(),
                        audited.zaloUserId().value())
                : new Span(audited.zaloUserId().value());
    }

    private static Component lastSent(@Nullable ZaloMessage message, Instant now) {
        if (message == null) {
            return new Span("—");
        }
        var state = message.deliveryState() == null ? DeliveryState.SENT : message.deliveryState();
        var badge = new Badge(
                delivery(state),
                switch (state) {
                    case UNKNOWN -> Badge.Tone.WARNING;
                    case SENT -> Badge.Tone.INFO;
                    case RECEIVED, SEEN -> Badge.Tone.SUCCESS;
                });
        badge.addClassName("delivery-" + state.name().toLowerCase(Locale.ROOT));
        String text = message.text() == null ? "" : message.text();
        return new Span(
                badge,
                new Span(" " + RelativeTime.of(message.sentAt(), now, "") + ": "
                        + (text.length() > 60 ? text.substring(0, 60) + "…" : text)));
    }

    private static String follower(@Nullable Boolean follower) {
        return follower == null ? "unknown" : follower ? "yes" : "no";
    }

    private static String orDash(@Nullable String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
