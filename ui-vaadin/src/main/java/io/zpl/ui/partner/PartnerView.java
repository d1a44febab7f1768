package io.zpl.ui.partner;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.ReviewPartnerBusiness;
import io.zpl.application.port.in.ReviewPartnerBusiness.PartnerBusiness;
import io.zpl.domain.guard.Reason;
import io.zpl.domain.guard.Resolution;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import io.zpl.ui.layout.Badge;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * One partner's business side: may business content go to them on each OA (and why not), their quotes, orders,
 * invoices and tickets, and the open balance. An old (merged) id shows the survivor with a notice.
 */
@Route(value = "partners/:partnerId", layout = MainLayout.class)
@PageTitle("Partner · Zalo Partner Links")
@PermitAll
public class PartnerView extends VerticalLayout implements BeforeEnterObserver {

    static final String MERGED_FROM = "mergedFrom";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneOffset.UTC);
    private static final NumberFormat VND = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));

    final H2 title = new H2();
    final Div notice = new Div();
    final Grid<Resolution> readiness = new Grid<>();
    final Grid<BusinessRecord> records = new Grid<>();
    final Span balance = new Span();
    private final ReviewPartnerBusiness review;
    private final Actor actor;

    public PartnerView(ReviewPartnerBusiness review, CurrentActor currentActor) {
        this.review = review;
        this.actor = currentActor.get();
        setSizeFull();
        notice.setVisible(false);
        notice.addClassName("merged-notice");

        readiness
                .addColumn(Resolution::oaName)
                .setHeader("Official Account")
                .setKey("oa")
                .setAutoWidth(true);
        readiness
                .addColumn(new ComponentRenderer<>(r -> DecisionBadge.of(r.decision())))
                .setHeader("Business content")
                .setKey("decision")
                .setAutoWidth(true);
        readiness
                .addColumn(r -> r.zaloUserId() == null ? "—" : r.zaloUserId().value())
                .setHeader("Sends to Zalo user")
                .setKey("recipient")
                .setAutoWidth(true);
        readiness
                .addColumn(new ComponentRenderer<>(PartnerView::reasons))
                .setHeader("Why")
                .setKey("reasons")
                .setFlexGrow(3);
        readiness.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        readiness.setAllRowsVisible(true);

        records.addColumn(PartnerView::kind).setHeader("Kind").setKey("kind").setAutoWidth(true);
        records.addColumn(BusinessRecord::externalRef)
                .setHeader("Reference")
                .setKey("ref")
                .setAutoWidth(true);
        records.addColumn(PartnerView::description).setHeader("Title / subject").setFlexGrow(2);
        records.addColumn(PartnerView::amount)
                .setHeader("Amount (VND)")
                .setKey("amount")
                .setAutoWidth(true);
        records.addColumn(r -> r instanceof Invoice i ? VND.format(i.amountDue()) : "")
                .setHeader("Due (VND)")
                .setKey("due")
                .setAutoWidth(true);
        records.addColumn(PartnerView::date).setHeader("Date").setAutoWidth(true);
        records.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        add(title, notice, new H3("Send readiness per OA"));
        add(new Paragraph("Quotes, payment reminders and ticket updates go out only where the guard allows it."));
        add(readiness, new H3("Business records"), balance, records);
        expand(records);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("partnerId").orElse("");
        try {
            var partner = review.review(actor, PartnerId.parse(raw));
            if (partner.resolvedFromMergedId()) {
                // the address bar shows the survivor, so a bookmark or a copied link no longer carries the old id
                event.forwardTo(
                        "partners/" + partner.partnerId(),
                        QueryParameters.of(MERGED_FROM, partner.requested().toString()));
                return;
            }
            show(partner, event.getLocation().getQueryParameters().getSingleParameter(MERGED_FROM));
        } catch (IllegalArgumentException | NotFound e) {
            title.setText("No such partner");
            notice.setText(e.getMessage());
            notice.setVisible(true);
            readiness.setVisible(false);
            records.setVisible(false);
        }
    }

    private void show(PartnerBusiness partner, Optional<String> mergedFrom) {
        title.setText(partner.name());
        mergedFrom.ifPresent(old -> {
            notice.setText("Partner " + old + " was merged into " + partner.name() + " (partner " + partner.partnerId()
                    + "): you are looking at the survivor.");
            notice.setVisible(true);
        });
        readiness.setItems(partner.readinessPerOa());
        records.setItems(partner.records());
        balance.setText("Open balance: " + VND.format(partner.openBalance()) + " VND in "
                + partner.records().size() + " documents");
        balance.addClassName("open-balance");
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

    private static String kind(BusinessRecord record) {
        return switch (record) {
            case SalesOrder o -> o.stage() == SalesOrder.Stage.QUOTE ? "Quote" : "Order";
            case Invoice i -> "Invoice";
            case Ticket t -> "Ticket (" + t.state().name().toLowerCase(Locale.ROOT) + ")";
        };
    }

    private static String description(BusinessRecord record) {
        return switch (record) {
            case SalesOrder o -> o.title();
            case Invoice i -> "";
            case Ticket t -> t.subject();
        };
    }

    private static String amount(BusinessRecord record) {
        BigDecimal amount = switch (record) {
            case SalesOrder o -> o.amount();
            case Invoice i -> i.amountTotal();
            case Ticket t -> null;
        };
        return amount == null ? "" : VND.format(amount);
    }

    private static String date(BusinessRecord record) {
        return DAY.format(
                switch (record) {
                    case SalesOrder o -> o.issuedAt();
                    case Invoice i -> i.issuedAt();
                    case Ticket t -> t.openedAt();
                });
    }
}
