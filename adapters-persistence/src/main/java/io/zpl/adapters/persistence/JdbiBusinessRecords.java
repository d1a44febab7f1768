package io.zpl.adapters.persistence;

import io.zpl.application.port.out.BusinessRecords;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiBusinessRecords implements BusinessRecords {

    private static final Map<Class<?>, String> TABLES =
            Map.of(SalesOrder.class, "sales_order", Invoice.class, "invoice", Ticket.class, "ticket");

    private final Jdbi jdbi;

    public JdbiBusinessRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public UpsertCounts upsert(Collection<? extends BusinessRecord> records) {
        return jdbi.inTransaction(h -> {
            var orders = orders(h);
            var invoices = invoices(h);
            var tickets = tickets(h);
            for (BusinessRecord record : records) {
                switch (record) {
                    case SalesOrder o ->
                        orders.bind("ref", o.externalRef())
                                .bind("partner", o.partnerId().value())
                                .bind("stage", o.stage().name())
                                .bind("title", o.title())
                                .bind("amount", o.amount())
                                .bind("issued", Rows.utc(o.issuedAt()))
                                .add();
                    case Invoice i ->
                        invoices.bind("ref", i.externalRef())
                                .bind("partner", i.partnerId().value())
                                .bind("total", i.amountTotal())
                                .bind("due", i.amountDue())
                                .bind("issued", Rows.utc(i.issuedAt()))
                                .add();
                    case Ticket t ->
                        tickets.bind("ref", t.externalRef())
                                .bind("partner", t.partnerId().value())
                                .bind("subject", t.subject())
                                .bind("state", t.state().name())
                                .bind("opened", Rows.utc(t.openedAt()))
                                .add();
                }
            }
            int existing = existing(h, records);
            for (PreparedBatch batch : List.of(orders, invoices, tickets)) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
            return new UpsertCounts(records.size() - existing, existing);
        });
    }

    @Override
    public List<BusinessRecord> ofPartner(PartnerId partner) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT 'ORDER' AS kind, external_ref, stage AS detail, title, amount_total, NULL AS amount_due,
                               issued_at AS at
                        FROM sales_order WHERE partner_id = :p
                        UNION ALL
                        SELECT 'INVOICE', external_ref, NULL, NULL, amount_total, amount_due, issued_at
                        FROM invoice WHERE partner_id = :p
                        UNION ALL
                        SELECT 'TICKET', external_ref, state, subject, NULL, NULL, opened_at
                        FROM ticket WHERE partner_id = :p
                        ORDER BY at DESC, external_ref
                        """)
                .bind("p", partner.value())
                .map((rs, ctx) -> {
                    String ref = rs.getString("external_ref");
                    var at = Rows.instant(rs, "at");
                    return switch (rs.getString("kind")) {
                        case "ORDER" ->
                            (BusinessRecord) new SalesOrder(
                                    ref,
                                    partner,
                                    SalesOrder.Stage.valueOf(rs.getString("detail")),
                                    rs.getString("title"),
                                    rs.getBigDecimal("amount_total"),
                                    at);
                        case "INVOICE" ->
                            new Invoice(
                                    ref, partner, rs.getBigDecimal("amount_total"), rs.getBigDecimal("amount_due"), at);
                        default ->
                            new Ticket(
                                    ref,
                                    partner,
                                    rs.getString("title"),
                                    Ticket.State.valueOf(rs.getString("detail")),
                                    at);
                    };
                })
                .list());
    }

    /** How many of the records are already stored, counted before the upsert (bulk batches report no row counts). */
    private static int existing(Handle h, Collection<? extends BusinessRecord> records) {
        int found = 0;
        for (var table : List.of(SalesOrder.class, Invoice.class, Ticket.class)) {
            List<String> refs = records.stream()
                    .filter(table::isInstance)
                    .map(BusinessRecord::externalRef)
                    .toList();
            for (int from = 0; from < refs.size(); from += 1_000) {
                found += h.createQuery("SELECT COUNT(*) FROM <table> WHERE external_ref IN (<refs>)")
                        .define("table", TABLES.get(table))
                        .bindList("refs", refs.subList(from, Math.min(refs.size(), from + 1_000)))
                        .mapTo(Integer.class)
                        .one();
            }
        }
        return found;
    }

    private static PreparedBatch orders(Handle h) {
        return h.prepareBatch("""
                INSERT INTO sales_order (external_ref, partner_id, stage, title, amount_total, issued_at, updated_at)
                VALUES (:ref, :partner, :stage, :title, :amount, :issued, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE partner_id = VALUE(partner_id), stage = VALUE(stage), title = VALUE(title),
                    amount_total = VALUE(amount_total), issued_at = VALUE(issued_at), version = version + 1,
                    updated_at = UTC_TIMESTAMP(6)
                """);
    }

    private static PreparedBatch invoices(Handle h) {
        return h.prepareBatch("""
                INSERT INTO invoice (external_ref, partner_id, amount_total, amount_due, issued_at, updated_at)
                VALUES (:ref, :partner, :total, :due, :issued, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE partner_id = VALUE(partner_id), amount_total = VALUE(amount_total),
                    amount_due = VALUE(amount_due), issued_at = VALUE(issued_at), version = version + 1,
                    updated_at = UTC_TIMESTAMP(6)
                """);
    }

    private static PreparedBatch tickets(Handle h) {
        return h.prepareBatch("""
                INSERT INTO ticket (external_ref, partner_id, subject, state, opened_at, updated_at)
                VALUES (:ref, :partner, :subject, :state, :opened, UTC_TIMESTAMP(6))
                ON DUPLICATE KEY UPDATE partner_id = VALUE(partner_id), subject = VALUE(subject), state = VALUE(state),
                    opened_at = VALUE(opened_at), version = version + 1, updated_at = UTC_TIMESTAMP(6)
                """);
    }
}
