package io.zpl.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zpl.application.fakes.InMemoryBusinessRecords;
import io.zpl.application.fakes.InMemoryPartnerSurvivors;
import io.zpl.application.fakes.InMemoryPartners;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ImportBusinessRecords.Outcome;
import io.zpl.application.port.in.ImportBusinessRecords.RecordRow;
import io.zpl.application.port.in.ImportBusinessRecords.RowError;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessRecordImportServiceTest {

    static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    static final Actor ADMIN = new Actor("admin", Set.of(Role.ZALO_ADMIN));

    private final InMemoryPartners partners = new InMemoryPartners();
    private final InMemoryBusinessRecords records = new InMemoryBusinessRecords();
    private final BusinessRecordImportService service =
            new BusinessRecordImportService(new InMemoryPartnerSurvivors(partners), records, () -> NOW);
    private final Partner son = partner(PartnerStatus.VERIFIED, "Nguyễn Văn Sơn");

    private Partner partner(PartnerStatus status, String name) {
        return partners.create(status, new PartnerDetails(name, List.of(), null, null), "ERP");
    }

    private static RecordRow row(
            int row, String kind, String ref, String partner, String title, String amount, String due, String date) {
        return new RecordRow(row, kind, ref, partner, title, amount, due, null, date);
    }

    @Test
    void good_rows_of_every_kind_are_upserted_and_counted() {
        String id = son.id().toString();
        var rows = List.of(
                row(1, "quote", "QUO-1", id, "Báo giá máy lọc nước", "8900000", null, "2026-11-01"),
                row(2, "ORDER", "ORD-1", id, "Đơn hàng 1", "1000000.50", null, "01/11/2026"),
                row(3, "INVOICE", "INV-1", id, null, "12500000", "2500000", "2026-11-02T10:15:00Z"),
                new RecordRow(4, "TICKET", "TCK-1", id, "Bảo hành", null, null, "closed", null));

        var outcome = service.importRows(ADMIN, rows);

        assertThat(outcome).isEqualTo(new Outcome.Imported(4, 4, 0));
        assertThat(records.all())
                .containsExactlyInAnyOrder(
                        new SalesOrder(
                                "QUO-1",
                                son.id(),
                                SalesOrder.Stage.QUOTE,
                                "Báo giá máy lọc nước",
                                new BigDecimal("8900000"),
                                Instant.parse("2026-11-01T00:00:00Z")),
                        new SalesOrder(
                                "ORD-1",
                                son.id(),
                                SalesOrder.Stage.ORDER,
                                "Đơn hàng 1",
                                new BigDecimal("1000000.50"),
                                Instant.parse("2026-11-01T00:00:00Z")),
                        new Invoice(
                                "INV-1",
                                son.id(),
                                new BigDecimal("12500000"),
                                new BigDecimal("2500000"),
                                Instant.parse("2026-11-02T10:15:00Z")),
                        new Ticket("TCK-1", son.id(), "Bảo hành", Ticket.State.CLOSED, NOW));
        assertThat(service.importRows(ADMIN, rows)).isEqualTo(new Outcome.Imported(4, 0, 4));
    }

    @Test
    void an_invoice_without_an_amount_due_owes_its_total() {
        service.importRows(ADMIN, List.of(row(1, "INVOICE", "INV-2", son.id().toString(), null, "300", null, null)));

        assertThat(((Invoice) records.all().getFirst()).amountDue()).isEqualByComparingTo("300");
    }

    @Test
    void an_old_id_lands_on_the_survivor_of_every_merge() {
        var middle = partner(PartnerStatus.VERIFIED, "Nguyen Van Son");
        var shadow = partner(PartnerStatus.SHADOW, "Son Nguyen");
        partners.save(shadow.tombstoneInto(middle.id()));
        partners.save(partners.find(middle.id()).orElseThrow().tombstoneInto(son.id()));

        service.importRows(ADMIN, List.of(row(1, "QUOTE", "QUO-9", shadow.id().toString(), "Q", "1", null, null)));

        assertThat(records.all()).extracting(BusinessRecord::partnerId).containsExactly(son.id());
    }

    @Test
    void one_bad_row_and_nothing_is_written_while_every_bad_row_is_reported() {
        String id = son.id().toString();
        var rows = List.of(
                row(2, "INVOICE", "INV-1", id, null, "100", "50", null),
                row(3, "INVOICE", "INV-2", "abc", null, "100", null, null),
                row(4, "INVOICE", "INV-3", "987654", null, "100", null, null),
                row(5, "INVOICE", "INV-4", id, null, "12,5", null, null),
                row(6, "INVOICE", "INV-1", id, null, "100", null, null),
                row(7, "GIFT", "G-1", id, null, "1", null, null),
                row(8, "INVOICE", "INV-5", id, null, "100", "150", null),
                row(9, "ORDER", "", id, null, "-5", null, "yesterday"),
                row(10, "QUOTE", "INV-1", id, "Same ref, other table: fine", "1", null, null));

        var outcome = service.importRows(ADMIN, rows);

        assertThat(records.all()).isEmpty();
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        assertThat(((Outcome.Rejected) outcome).errors())
                .extracting(RowError::row, RowError::field)
                .containsExactly(
                        tuple(3, "partnerId"),
                        tuple(4, "partnerId"),
                        tuple(5, "amount"),
                        tuple(6, "externalRef"),
                        tuple(7, "kind"),
                        tuple(8, "amountDue"),
                        tuple(9, "externalRef"),
                        tuple(9, "date"),
                        tuple(9, "amount"),
                        tuple(9, "title"));
        var errors = ((Outcome.Rejected) outcome).errors();
        assertThat(errors.get(0).message()).isEqualTo("partner id must be a positive number, got 'abc'");
        assertThat(errors.get(1).message()).isEqualTo("there is no partner 987654");
        assertThat(errors.get(2).message()).contains("must be a number", "12,5");
        assertThat(errors.get(3).message()).isEqualTo("duplicate reference INV-1 (also on row 2)");
        assertThat(errors.get(4).message()).contains("unknown kind 'GIFT'", "QUOTE, ORDER, INVOICE, TICKET");
        assertThat(errors.get(5).message()).contains("amount due exceeds the total");
    }

    @Test
    void the_check_previews_counts_and_errors_without_writing() {
        String id = son.id().toString();
        var check = service.check(
                ADMIN,
                List.of(
                        row(2, "INVOICE", "INV-1", id, null, "100", null, null),
                        row(3, "quote", "Q-1", id, "Q", "x", null, null)));

        assertThat(check.rows()).isEqualTo(2);
        assertThat(check.perKind()).containsEntry("INVOICE", 1).containsEntry("QUOTE", 1);
        assertThat(check.clean()).isFalse();
        assertThat(check.errors()).extracting(RowError::row).containsExactly(3);
        assertThat(records.all()).isEmpty();
    }

    @Test
    void only_a_zalo_admin_imports_and_an_empty_batch_is_refused() {
        var lead = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));
        var rows = List.of(row(1, "INVOICE", "INV-1", son.id().toString(), null, "1", null, null));

        assertThatThrownBy(() -> service.importRows(lead, rows)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.check(lead, rows)).isInstanceOf(PermissionDenied.class);
        assertThatThrownBy(() -> service.importRows(ADMIN, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("there are no records to import");
    }

    @Test
    void csv_as_spreadsheets_write_it_is_read_with_rows_numbered_by_line() {
        String csv = "\uFEFFpartnerId;kind;externalRef;title;amount\r\n"
                + "12;QUOTE;Q-1;\"Máy lọc; loại \"\"A\"\"\";100\r\n"
                + "\r\n"
                + "12;TICKET;T-1;\"Hai\ndòng\";\n"
                + "13;INVOICE;I-1;;250.5\n";

        var rows = service.readCsv(new StringReader(csv));

        assertThat(rows)
                .containsExactly(
                        new RecordRow(2, "QUOTE", "Q-1", "12", "Máy lọc; loại \"A\"", "100", null, null, null),
                        new RecordRow(4, "TICKET", "T-1", "12", "Hai\ndòng", "", null, null, null),
                        new RecordRow(6, "INVOICE", "I-1", "13", "", "250.5", null, null, null));
    }

    @Test
    void a_csv_header_that_names_unknown_or_lacks_required_columns_is_refused() {
        assertThatThrownBy(() -> service.readCsv(new StringReader("kind,externalRef,partnerId,colour\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown column 'colour'");
        assertThatThrownBy(() -> service.readCsv(new StringReader("kind,externalRef,amount\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'partnerId' is missing");
        assertThatThrownBy(() -> service.readCsv(new StringReader("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> service.readCsv(new StringReader("kind,externalRef,partnerId\nQUOTE,\"Q-1,12\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: a quoted field is never closed");
    }
}
