package io.zpl.adapters.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.in.ImportBusinessRecords.Outcome;
import io.zpl.application.port.in.ImportBusinessRecords.RecordRow;
import io.zpl.application.port.in.ImportBusinessRecords.RowError;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ERP pushes quotes/orders, invoices and tickets: a JSON batch or a CSV file, upserted by external reference, all
 * or nothing. A bad batch answers 400 {@code VALIDATION_FAILED} with every row's errors and writes nothing.
 */
@RestController
@RequestMapping("/api/v1/business-records")
@Tag(name = "Business records")
class BusinessRecordsController {

    private final ImportBusinessRecords importBusinessRecords;

    BusinessRecordsController(ImportBusinessRecords importBusinessRecords) {
        this.importBusinessRecords = importBusinessRecords;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Upsert a batch of business records by external reference (Zalo Admins)",
            description = "kind is QUOTE, ORDER, INVOICE or TICKET; partnerId may be an old (merged) id, the record"
                    + " lands on the survivor; amountDue defaults to amount; state (tickets) OPEN or CLOSED; date"
                    + " 2026-03-01 or an ISO instant, default now. Rows are numbered from 1 in errors.")
    ResponseEntity<?> upsert(@RequestBody BatchJson batch, Authentication authentication) {
        if (batch.records() == null) {
            throw new IllegalArgumentException("the body needs a 'records' array");
        }
        var rows = new ArrayList<RecordRow>(batch.records().size());
        for (int i = 0; i < batch.records().size(); i++) {
            RecordJson r = batch.records().get(i);
            if (r == null) {
                throw new IllegalArgumentException("record " + (i + 1) + " is null");
            }
            rows.add(new RecordRow(
                    i + 1,
                    r.kind(),
                    r.externalRef(),
                    r.partnerId(),
                    r.title(),
                    r.amount(),
                    r.amountDue(),
                    r.state(),
                    r.date()));
        }
        return answer(importBusinessRecords.importRows(CurrentActor.of(authentication), rows));
    }

    @PostMapping(consumes = "text/csv")
    @Operation(
            summary = "Upsert business records from a CSV file (Zalo Admins)",
            description = "Header: kind,externalRef,partnerId,title,amount,amountDue,state,date (any order; comma or"
                    + " semicolon). Errors name the file's line numbers.")
    ResponseEntity<?> upsertCsv(@RequestBody String csv, Authentication authentication) {
        var actor = CurrentActor.of(authentication);
        return answer(importBusinessRecords.importRows(actor, importBusinessRecords.readCsv(new StringReader(csv))));
    }

    private static ResponseEntity<?> answer(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Imported imported ->
                ResponseEntity.ok(new CountsJson(imported.received(), imported.inserted(), imported.updated()));
            case Outcome.Rejected rejected -> {
                ProblemDetail problem = Problems.of(
                        HttpStatus.BAD_REQUEST,
                        "VALIDATION_FAILED",
                        rejected.errors().size() + " problems in the records; nothing was imported.");
                problem.setProperty(
                        "errors", rejected.errors().stream().map(ErrorJson::of).toList());
                yield ResponseEntity.badRequest().body(problem);
            }
        };
    }

    record BatchJson(@Nullable List<RecordJson> records) {}

    record RecordJson(
            @Nullable String kind,
            @Nullable String externalRef,
            @Nullable String partnerId,
            @Nullable String title,
            @Nullable String amount,
            @Nullable String amountDue,
            @Nullable String state,
            @Nullable String date) {}

    record CountsJson(int received, int inserted, int updated) {}

    record ErrorJson(int row, @Nullable String externalRef, String field, String message) {
        static ErrorJson of(RowError e) {
            return new ErrorJson(e.row(), e.externalRef(), e.field(), e.message());
        }
    }
}
