package io.zpl.ui.merge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.PreviewMerge.MergePreview;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The merge dialog: the CS Lead picks the survivor and, per field, which value survives; the preview shows what moves,
 * the links per OA, the balance before and after and the conflicts; confirming with a reason merges and shows the
 * re-audit of the affected OAs.
 */
public class MergeDialog extends Dialog {

    final RadioButtonGroup<PartnerCard> survivor = new RadioButtonGroup<>("Survivor (keeps its id)");
    final Map<MergeField, RadioButtonGroup<PartnerCard>> fields = new EnumMap<>(MergeField.class);
    final Grid<Moved> moves = new Grid<>();
    final Div summary = new Div();
    final Div conflicts = new Div();
    final TextArea reason = new TextArea("Reason (journaled)");
    final Button confirm = new Button("Merge");
    final Div result = new Div();
    private final List<PartnerCard> partners;
    private final PreviewMerge previewMerge;
    private final MergeContacts mergeContacts;
    private final Actor actor;
    private final Runnable onMerged;
    MergePreview preview;

    public MergeDialog(
            List<PartnerCard> partners,
            PreviewMerge previewMerge,
            MergeContacts mergeContacts,
            Actor actor,
            Runnable onMerged) {
        this.partners = List.copyOf(partners);
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.actor = actor;
        this.onMerged = onMerged;
        setHeaderTitle("Merge " + partners.size() + " partners");
        setWidth("880px");

        survivor.setItems(this.partners);
        survivor.setItemLabelGenerator(MergeDialog::label);
        survivor.setValue(defaultSurvivor());
        survivor.addValueChangeListener(e -> refresh());
        var layout = new VerticalLayout(survivor);
        layout.setPadding(false);
        for (MergeField field : MergeField.values()) {
            var choice = new RadioButtonGroup<PartnerCard>(title(field) + " to keep");
            choice.setItems(this.partners);
            choice.setItemLabelGenerator(p -> Objects.requireNonNullElse(value(p, field), "(none)") + " — #" + p.id());
            choice.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    refresh();
                }
            });
            fields.put(field, choice);
            layout.add(choice);
        }
        moves.addColumn(Moved::table).setHeader("What moves to the survivor");
        moves.addColumn(Moved::rows).setHeader("Rows");
        moves.setAllRowsVisible(true);
        reason.setWidthFull();
        reason.setPlaceholder("e.g. Same phone; he confirmed both Zalo accounts are his");
        layout.add(new H4("Preview"), summary, moves, conflicts, reason, result);
        add(layout);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> merge());
        var cancel = new Button("Close", e -> close());
        getFooter().add(cancel, confirm);
        fields.values().forEach(f -> f.setValue(survivor.getValue()));
        refresh();
    }

    private PartnerCard defaultSurvivor() {
        PartnerId id = MergePlan.defaultSurvivor(partners.stream()
                .map(p -> new Partner(
                        p.id(),
                        p.status(),
                        p.name(),
                        java.util.Set.copyOf(p.phones()),
                        p.email(),
                        p.address(),
                        "",
                        p.mergedInto()))
                .toList());
        return partners.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    void refresh() {
        PartnerCard chosen = survivor.getValue();
        Map<MergeField, PartnerId> sources = new EnumMap<>(MergeField.class);
        fields.forEach((field, choice) -> {
            if (choice.getValue() != null) {
                sources.put(field, choice.getValue().id());
            }
        });
        var merged = partners.stream()
                .map(PartnerCard::id)
                .filter(id -> !id.equals(chosen.id()))
                .toList();
        try {
            preview = previewMerge.preview(actor, new MergePlan(chosen.id(), merged, sources));
        } catch (IllegalArgumentException e) {
            conflicts.removeAll();
            conflicts.add(new Paragraph(e.getMessage()));
            confirm.setEnabled(false);
            return;
        }
        moves.setItems(preview.moves());
        summary.removeAll();
        summary.add(
                new Paragraph(
                        "Balance of the survivor: " + money(preview.before().balance()) + " before → "
                                + money(preview.after().balance()) + " after; documents "
                                + preview.before().documents()
                                + " → " + preview.after().documents() + "."),
                new Paragraph("Phones after the merge (united, none dropped): "
                        + preview.survivorAfter().phones().stream()
                                .map(PhoneNumber::display)
                                .sorted()
                                .collect(Collectors.joining(", "))),
                new Paragraph("Links per OA: "
                        + preview.linksByOa().stream()
                                .map(oa -> oa.oaId() + " × " + oa.links().size() + (oa.flagged() ? " ⚠" : ""))
                                .collect(Collectors.joining(" · "))));
        conflicts.removeAll();
        for (MergeConflict c : preview.conflicts()) {
            var line = new Span((c.blocking() ? "⛔ " : "⚠ ") + c.detail());
            line.getElement().getThemeList().add(c.blocking() ? "badge error" : "badge contrast");
            line.getStyle()
                    .set("display", "block")
                    .set("margin", "var(--lumo-space-xs) 0")
                    .set("white-space", "normal");
            conflicts.add(line);
        }
        confirm.setEnabled(preview.executable());
    }

    void merge() {
        try {
            var done = mergeContacts.merge(actor, preview.previewId(), reason.getValue());
            result.removeAll();
            result.add(new H4("Merged (journal #" + done.mergeId() + "). Re-audit of the affected OAs:"));
            done.reaudit().forEach(r -> result.add(readiness(r.oaId().value(), r.ready())));
            confirm.setEnabled(false);
            onMerged.run();
        } catch (IllegalArgumentException | Conflict e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            if (e instanceof Conflict) {
                refresh();
            }
        }
    }

    private static Component readiness(String oa, boolean ready) {
        var badge = new Span("OA " + oa + ": " + (ready ? "ready" : "not ready yet"));
        badge.getElement().getThemeList().add(ready ? "badge success" : "badge contrast");
        badge.getStyle().set("margin-right", "var(--lumo-space-s)");
        return badge;
    }

    static String label(PartnerCard p) {
        return "#" + p.id() + " " + p.name() + " (" + (p.status() == PartnerStatus.VERIFIED ? "verified" : "shadow")
                + ", " + p.links().size() + " links, balance " + money(p.openBalance()) + ")";
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.of("vi", "VN")).format(amount) + " ₫";
    }

    private static String title(MergeField field) {
        return switch (field) {
            case NAME -> "Name";
            case EMAIL -> "Email";
            case ADDRESS -> "Address";
        };
    }

    private static String value(PartnerCard p, MergeField field) {
        return switch (field) {
            case NAME -> p.name();
            case EMAIL -> p.email();
            case ADDRESS -> p.address();
        };
    }
}
