package io.zpl.application.service;

import io.zpl.application.port.in.ImportBusinessRecords.RecordRow;
import io.zpl.application.port.in.ImportBusinessRecords.RowError;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.record.BusinessRecord;
import io.zpl.domain.record.BusinessRecord.Invoice;
import io.zpl.domain.record.BusinessRecord.SalesOrder;
import io.zpl.domain.record.BusinessRecord.Ticket;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns one row into a business record, or says in plain words what is wrong with each field. */
final class RecordRowReader {

    static final List<String> KINDS = List.of("QUOTE", "ORDER", "INVOICE", "TICKET");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000000");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Map<PartnerId, PartnerId> survivors;
    private final Instant now;
    private final List<RowError> errors;

    RecordRowReader(Map<PartnerId, PartnerId> survivors, Instant now, List<RowError> errors) {
        this.survivors = survivors;
        this.now = now;
        this.errors = errors;
    }

    /** The record, or null after adding this row's errors. */
    @Nullable
    BusinessRecord read(RecordRow row) {
        int before = errors.size();
        String ref = blankToNull(row.externalRef());
        String kind = kind(row, ref);
        if (ref == null) {
            errors.add(new RowError(row.row(), null, "externalRef", "the external reference is missing"));
        } else if (ref.length() > 100) {
            errors.add(new RowError(
                    row.row(), ref, "externalRef", "an external reference may have at most 100 characters"));
        }
        PartnerId partner = partner(row, ref);
        Instant date = date(row, ref);
        BigDecimal amount =
                kind == null || kind.equals("TICKET") ? null : amount(row, ref, "amount", row.amount(), true);
        BigDecimal due = "INVOICE".equals(kind) ? amount(row, ref, "amountDue", row.amountDue(), false) : null;
        String title = blankToNull(row.title());
        if (kind != null && !kind.equals("INVOICE")) {
            if (title == null) {
                errors.add(new RowError(
                        row.row(),
                        ref,
                        "title",
                        kind.equals("TICKET")
                                ? "a ticket needs a subject in the title column"
                                : "a " + kind.toLowerCase(Locale.ROOT) + " needs a title"));
            } else if (title.length() > 300) {
                errors.add(new RowError(row.row(), ref, "title", "a title may have at most 300 characters"));
            }
        }
        Ticket.@Nullable State state = "TICKET".equals(kind) ? ticketState(row, ref) : null;
        if (errors.size() > before || kind == null || ref == null || partner == null || date == null) {
            return null;
        }
        try {
            return switch (kind) {
                case "QUOTE", "ORDER" ->
                    new SalesOrder(ref, partner, SalesOrder.Stage.valueOf(kind), title, amount, date);
                case "INVOICE" -> new Invoice(ref, partner, amount, due == null ? amount : due, date);
                default -> new Ticket(ref, partner, title, state, date);
            };
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.row(), ref, fieldOf(e), String.valueOf(e.getMessage())));
            return null;
        }
    }

    private static String fieldOf(IllegalArgumentException e) {
        return e.getMessage() != null && e.getMessage().contains("amount due") ? "amountDue" : "row";
    }

    private @Nullable String kind(RecordRow row, @Nullable String ref) {
        String kind = blankToNull(row.kind());
        if (kind == null) {
            errors.add(new RowError(row.row(), ref, "kind", "the kind is missing: one of " + String.join(", ", KINDS)));
            return null;
        }
        String upper = kind.toUpperCase(Locale.ROOT);
        if (!KINDS.contains(upper)) {
            errors.add(new RowError(
                    row.row(), ref, "kind", "unknown kind '" + kind + "': one of " + String.join(", ", KINDS)));
            return null;
        }
        return upper;
    }

    private @Nullable PartnerId partner(RecordRow row, @Nullable String ref) {
        String text = blankToNull(row.partnerId());
        if (text == null) {
            errors.add(new RowError(row.row(), ref, "partnerId", "the partner id is missing"));
            return null;
        }
        PartnerId id;
        try {
            id = PartnerId.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.row(), ref, "partnerId", e.getMessage()));
            return null;
        }
        PartnerId survivor = survivors.get(id);
        if (survivor == null) {
            errors.add(new RowError(row.row(), ref, "partnerId", "there is no partner " + id));
        }
        return survivor;
    }

    private @Nullable BigDecimal amount(
            RecordRow row, @Nullable String ref, String field, @Nullable String value, boolean required) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                errors.add(new RowError(row.row(), ref, field, "the " + field + " is missing"));
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text.replace(" ", ""));
            if (amount.signum() < 0) {
                errors.add(new RowError(row.row(), ref, field, field + " must be zero or more, got " + text));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                errors.add(new RowError(row.row(), ref, field, field + " may have at most 2 decimals, got " + text));
            } else if (amount.compareTo(MAX_AMOUNT) >= 0) {
                errors.add(new RowError(row.row(), ref, field, field + " is too large: " + text));
            } else {
                return amount;
            }
        } catch (NumberFormatException e) {
            errors.add(new RowError(
                    row.row(),
                    ref,
                    field,
                    field + " must be a number like 12500000 or 12500000.50, got '" + text + "'"));
        }
        return null;
    }

    private Ticket.@Nullable State ticketState(RecordRow row, @Nullable String ref) {
        String text = blankToNull(row.state());
        if (text == null) {
            return Ticket.State.OPEN;
        }
        try {
            return Ticket.State.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.row(), ref, "state", "a ticket is OPEN or CLOSED, got '" + text + "'"));
            return null;
        }
    }

    private @Nullable Instant date(RecordRow row, @Nullable String ref) {
        String text = blankToNull(row.date());
        if (text == null) {
            return now;
        }
        try {
            if (text.contains("T")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            LocalDate day = text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new RowError(
                    row.row(),
                    ref,
                    "date",
                    "the date must look like 2026-03-01, 01/03/2026 or 2026-03-01T09:00:00Z, got '" + text + "'"));
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
