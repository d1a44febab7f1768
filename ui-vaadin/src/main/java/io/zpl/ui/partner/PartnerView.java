package io.zpl.ui.partner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.FindPartners;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.in.SendTestMessage;
import io.zpl.domain.access.Role;
import io.zpl.domain.guard.Reason;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.ui.layout.Badge;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One partner: who they are, whether business content may go to them on each OA (and why not), their Zalo links with
 * the audit's findings, their business records with the open balance, and the merges that touched them. An old
 * (merged) id shows the survivor with a notice. Zalo Admins and CS Leads can send a test message per OA.
 */
@Route(value = "partners/:partnerId", layout = MainLayout.class)
@PageTitle("Partner · Zalo Partner Links")
@PermitAll
public class PartnerView extends VerticalLayout implements BeforeEnterObserver {

    static final String MERGED_FROM = "mergedFrom";
    static final NumberFormat VND = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));

    final H2 title = new H2();
    final Div notice = new Div();
    final PartnerIdentity identity = new PartnerIdentity();
    final Grid<Resolution> readiness = new Grid<>();
    final PartnerLinksGrid links;
    final RecordsGrid records = new RecordsGrid();
    final Span balance = new Span();
    final PartnerMerges merges;
    private final FindPartners partners;
    private final ReviewPartnerBusiness review;
    private final SendTestMessage sender;
    private final Actor actor;
    private PartnerId shown = new PartnerId(1);

    public PartnerView(
            FindPartners partners,
            ReviewPartnerBusiness review,
            SendTestMessage sender,
            ListMerges listMerges,
            CurrentActor currentActor) {
        this.partners = partners;
        this.review = review;
        this.sender = sender;
        this.actor = currentActor.get();
        this.links = new PartnerLinksGrid(actor.has(Role.ZALO_ADMIN), Instant::now);
        this.merges = new PartnerMerges(listMerges, actor);
        notice.setVisible(false);
        notice.addClassName("merged-notice");
        configureReadiness();
        balance.addClassName("open-balance");

        add(title, notice, identity, new H3("Send readiness per OA"));
        add(new Paragraph("Quotes, payment reminders and ticket updates go out only where the guard allows it."));
        add(readiness, new H3("Zalo links"), links, new H3("Business records"), balance, records);
        add(new H3("Merge history"), merges);
    }

    private void configureReadiness() {
        readiness
                .addColumn(Resolution::oaName)
                .setHeader("Official Account")
                .setKey("oa")
                .setAutoWidth(true)
                .setFlexGrow(0);
        readiness
                .addColumn(new ComponentRenderer<>(r -> DecisionBadge.of(r.decision())))
                .setHeader("Business content")
                .setKey("decision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        readiness
                .addColumn(r -> r.zaloUserId() == null ? "—" : r.zaloUserId().value())
                .setHeader("Sends to Zalo user")
                .setKey("recipient")
                .setAutoWidth(true)
                .setFlexGrow(0);
        readiness
                .addColumn(new ComponentRenderer<>(PartnerView::reasons))
                .setHeader("Why")
                .setKey("reasons")
                .setFlexGrow(1);
        if (actor.has(Role.ZALO_ADMIN) || actor.has(Role.CS_LEAD)) {
            readiness
                    .addColumn(new ComponentRenderer<>(this::testButton))
                    .setHeader("")
                    .setKey("test")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        readiness.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        readiness.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("partnerId").orElse("");
        notice.setVisible(false);
        sections(true);
        try {
            var card = partners.get(actor, PartnerId.parse(raw));
            if (card.resolvedFrom() != null) {
                // the address bar shows the survivor, so a bookmark or a copied link no longer carries the old id
                event.forwardTo(
                        "partners/" + card.partner().id(),
                        QueryParameters.of(MERGED_FROM, card.resolvedFrom().toString()));
                return;
            }
            shown = card.partner().id();
            title.setText(card.partner().name());
            identity.show(card.partner());
            showNotice(event.getLocation().getQueryParameters().getSingleParameter(MERGED_FROM), card);
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            title.setText("No such partner");
            notice.setText(e.getMessage());
            notice.setVisible(true);
            sections(false);
        }
    }

    private void sections(boolean visible) {
        for (Component section : new Component[] {identity, readiness, links, records, balance, merges}) {
            section.setVisible(visible);
        }
    }

    /** Reads the guard's answers, links, records and merges again (after a test send, for its delivery state). */
    void refresh() {
        var business = review.review(actor, shown);
        readiness.setItems(business.readinessPerOa());
        links.setItems(business.links());
        records.setItems(business.records());
        balance.setText("Open balance: " + VND.format(business.openBalance()) + " VND in "
                + business.records().size() + " documents");
        merges.show(shown);
    }

    private void showNotice(Optional<String> mergedFrom, FindPartners.PartnerCard card) {
        mergedFrom.ifPresent(old -> {
            notice.setText(
                    "Partner " + old + " was merged into " + card.partner().name() + " (partner "
                            + card.partner().id() + "): you are looking at the survivor.");
            notice.setVisible(true);
        });
    }

    private Component testButton(Resolution resolution) {
        var button = new Button("Send test message", VaadinIcon.PAPERPLANE.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClassName("send-test");
        button.addClickListener(click -> openTestSend(resolution));
        return button;
    }

    SendTestDialog openTestSend(Resolution resolution) {
        var dialog = new SendTestDialog(sender, actor, shown, resolution.oaId(), resolution.oaName());
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                refresh();
            }
        });
        dialog.open();
        return dialog;
    }

    private static Component reasons(Resolution resolution) {
        var list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (resolution.reasons().isEmpty()) {
            list.add(new Span("Verified, one current link, inside Zalo's interaction window."));
        }
        for (Reason reason : resolution.reasons()) {
            var line = new Span(
                    new Badge(
                            reason.code().name(),
                            reason.effect().name().equals("BLOCK") ? Badge.Tone.ERROR : Badge.Tone.WARNING),
                    new Span(" " + reason.message()));
            list.add(line);
        }
        return list;
    }
}
