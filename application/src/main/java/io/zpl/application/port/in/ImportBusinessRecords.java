package io.zpl.application.port.in;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Quotes and orders, invoices and tickets pushed by the ERP (API batch or CSV file), upserted by external reference.
 * A partner is named by id; an old (merged) id lands on the survivor. All or nothing: one bad row and nothing is
 * written, and every bad row is reported. Zalo Admins only.
 */
public interface ImportBusinessRecords {

    int MAX_ROWS = 100_000;

    /** Reads a CSV file with a header row ({@link RecordRow#COLUMNS}); rows are numbered by their line in the file. */
    List<RecordRow> readCsv(Reader csv);

    /** Checks every row and writes nothing: the preview of an import. */
    Check check(Actor actor, List<RecordRow> rows);

    /** Writes every row, or none when any row is bad. */
    Outcome importRows(Actor actor, List<RecordRow> rows);

    /** One record as the ERP states it, all text, so that a bad value becomes a row error rather than a failure. */
    record RecordRow(
            int row,
            @Nullable String kind,
            @Nullable String externalRef,
            @Nullable String partnerId,
            @Nullable String title,
            @Nullable String amount,
            @Nullable String amountDue,
            @Nullable String state,
            @Nullable String date) {

        /** The CSV header, in this order when we write one; any order is read. */
        public static final List<String> COLUMNS =
                List.of("kind", "externalRef", "partnerId", "title", "amount", "amountDue", "state", "date");
    }

    record RowError(int row, @Nullable String externalRef, String field, String message) {}

    /** The rows per kind ({@code QUOTE}, {@code ORDER}, {@code INVOICE}, {@code TICKET}) and every row error. */
    record Check(int rows, Map<String, Integer> perKind, List<RowError> errors) {
        public Check {
            perKind = Map.copyOf(perKind);
            errors = List.copyOf(errors);
        }

        public boolean clean() {
            return errors.isEmpty();
        }
    }

    sealed interface Outcome {
        record Imported(int received, int inserted, int updated) implements Outcome {}

        record Rejected(List<RowError> errors) implements Outcome {
            public Rejected {
                errors = List.copyOf(errors);
            }
        }
    }
}
