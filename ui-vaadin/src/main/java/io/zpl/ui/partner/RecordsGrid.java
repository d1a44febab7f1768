package io.zpl.ui.partner;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The partner's quotes, orders, invoices (with the amount still due) and tickets. */
final class RecordsGrid extends Grid<BusinessRecord> {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneOffset.UTC);

    RecordsGrid() {
        addColumn(RecordsGrid::kind).setHeader("Kind").setKey("kind").setAutoWidth(true);
        addColumn(BusinessRecord::externalRef)
                .setHeader("Reference")
                .setKey("ref")
                .setAutoWidth(true);
        addColumn(RecordsGrid::description).setHeader("Title / subject").setFlexGrow(2);
        addColumn(RecordsGrid::amount)
                .setHeader("Amount (VND)")
                .setKey("amount")
                .setAutoWidth(true);
        addColumn(r -> r instanceof Invoice i ? PartnerView.VND.format(i.amountDue()) : "")
                .setHeader("Due (VND)")
                .setKey("due")
                .setAutoWidth(true);
        addColumn(RecordsGrid::date).setHeader("Date").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
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
        return amount == null ? "" : PartnerView.VND.format(amount);
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
