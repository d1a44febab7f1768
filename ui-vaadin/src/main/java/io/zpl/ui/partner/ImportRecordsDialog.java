package io.zpl.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.application.port.in.ImportBusinessRecords.Outcome;
import io.zpl.application.port.in.ImportBusinessRecords.RecordRow;
import io.zpl.application.port.in.ImportBusinessRecords.RowError;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CSV import of business records: the file is checked first and every bad row is listed; Import stays disabled,
 * and nothing is written, until the file is clean.
 */
class ImportRecordsDialog extends Dialog {

    final Upload upload;
    final Paragraph summary = new Paragraph("Columns: " + String.join(",", RecordRow.COLUMNS)
            + ". kind is QUOTE, ORDER, INVOICE or TICKET; an old (merged) partner id lands on the survivor.");
    final Grid<RowError> errors = new Grid<>();
    final Button importButton = new Button("Import");
    private final ImportBusinessRecords records;
    private final Actor actor;
    private List<RecordRow> rows = List.of();

    ImportRecordsDialog(ImportBusinessRecords records, Actor actor) {
        this.records = records;
        this.actor = actor;
        setHeaderTitle("Import business records (CSV)");
        setWidth("900px");
        upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> preview(bytes)))));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        errors.addColumn(RowError::row).setHeader("Line").setAutoWidth(true);
        errors.addColumn(e -> e.externalRef() == null ? "" : e.externalRef())
                .setHeader("Reference")
                .setAutoWidth(true);
        errors.addColumn(RowError::field).setHeader("Field").setAutoWidth(true);
        errors.addColumn(RowError::message).setHeader("Problem").setFlexGrow(3);
        errors.setVisible(false);
        errors.setHeight("300px");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importRows());
        add(upload, summary, errors);
        getFooter().add(new Button("Close", click -> close()), importButton);
    }

    void preview(byte[] csv) {
        importButton.setEnabled(false);
        errors.setVisible(false);
        try {
            rows = records.readCsv(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8));
            var check = records.check(actor, rows);
            String kinds = new TreeMap<>(check.perKind())
                    .entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().toLowerCase(java.util.Locale.ROOT))
                            .collect(Collectors.joining(", "));
            if (check.clean()) {
                summary.setText(check.rows() + (check.rows() == 1 ? " record" : " records") + " ready to import ("
                        + kinds + ").");
                importButton.setEnabled(true);
            } else {
                summary.setText(check.errors().size() + " problems in " + check.rows()
                        + " records: fix the file and upload it again. Nothing will be imported until it is clean.");
                errors.setItems(check.errors());
                errors.setVisible(true);
            }
        } catch (IllegalArgumentException e) {
            rows = List.of();
            summary.setText("The file cannot be read: " + e.getMessage());
        }
    }

    private void importRows() {
        switch (records.importRows(actor, rows)) {
            case Outcome.Imported imported -> {
                Notification.show(imported.inserted() + " records added, " + imported.updated() + " updated.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            }
            case Outcome.Rejected rejected -> {
                summary.setText(
                        "The records changed meanwhile: " + rejected.errors().size() + " problems.");
                errors.setItems(rejected.errors());
                errors.setVisible(true);
                importButton.setEnabled(false);
            }
        }
    }
}
