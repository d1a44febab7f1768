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
import io.zpl.application.port.in.MergeContacts.MergeResult;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.PreviewMerge.MergePreview;
import io.zpl.application.port.in.PreviewMerge.OaLinks;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.audit.ReadinessCheck;
import io.zpl.domain.merge.MergeConflict;
import io.zpl.domain.merge.MergeField;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.merge.Moved;
import io.zpl.domain.partner.Partner;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.PhoneText;
import java.util.EnumMap;
import java.util.List;
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
    final Div linksByOa = new Div();
    final Div conflicts = new Div();
    final TextArea reason = new TextArea("Reason (journaled)");
    final Button confirm = new Button("Merge");
    final Div result = new Div();
    private final List<PartnerCard> partners;
    private final Map<OaId, String> oaNames;
    private final PreviewMerge previewMerge;
    private final MergeContacts mergeContacts;
    private final Actor actor;
    private final Runnable onMerged;
    MergePreview preview;

    /** {@code oaNames} names the OAs in the preview and the re-audit; {@code onMerged} runs after a merge. */
    public MergeDialog(
            List<PartnerCard> partners,
            Map<OaId, String> oaNames,
            PreviewMerge previewMerge,
            MergeContacts mergeContacts,
            Actor actor,
            Runnable onMerged) {
        this.partners = List.copyOf(partners);
        this.oaNames = Map.copyOf(oaNames);
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.actor = actor;
        this.onMerged = onMerged;
        setHeaderTitle("Merge " + partners.size() + " partners");
        setWidth("880px");

        survivor.setItems(this.partners);
        survivor.setItemLabelGenerator(MergeDialog::label);
        survivor.setValue(defaultSurvivor(this.partners));
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
        moves.addColumn(m -> MergeText.rows(m.table())).setKey("what").setHeader("What moves to the survivor");
        moves.addColumn(Moved::rows).setKey("rows").setHeader("Rows");
        moves.setAllRowsVisible(true);
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setPlaceholder("e.g. Same phone; he confirmed both Zalo accounts are his");
        result.setId("merge-result");
        layout.add(new H4("Preview"), summary, new H4("Zalo partner links per OA"), linksByOa, moves, conflicts);
        layout.add(reason, result);
        add(layout);

        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-merge");
        confirm.addClickListener(e -> merge());
        var cancel = new Button("Close", e -> close());
        getFooter().add(cancel, confirm);
        fields.values().forEach(f -> f.setValue(survivor.getValue()));
        refresh();
    }

    /** The partner that survives unless the CS Lead picks another: the oldest verified one, else the oldest. */
    public static PartnerCard defaultSurvivor(List<PartnerCard> partners) {
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
        } catch (IllegalArgumentException | NotFound e) {
            conflicts.removeAll();
            conflicts.add(new Paragraph(e.getMessage()));
            confirm.setEnabled(false);
            return;
        }
        moves.setItems(preview.moves());
        summary.removeAll();
        summary.add(
                new Paragraph("Balance of the survivor: "
                        + MergeText.money(preview.before().balance()) + " before → "
                        + MergeText.money(preview.after().balance()) + " after; documents "
                        + preview.before().documents() + " → " + preview.after().documents() + "."),
                new Paragraph("Phones after the merge (united, none dropped): "
                        + PhoneText.of(preview.survivorAfter().phones())));
        linksByOa.removeAll();
        for (OaLinks oa : preview.linksByOa()) {
            var line = new Span(MergeText.oa(oaNames, oa.oaId()) + ": "
                    + oa.links().stream()
                            .map(l -> "#" + l.partnerId() + " (Zalo user "
                                    + l.link().zaloUserId().value() + ")")
                            .collect(Collectors.joining(", "))
                    + (oa.flagged() ? " ⚠ " + oa.links().size() + " links on one OA" : ""));
            if (oa.flagged()) {
                line.getElement().getThemeList().add("badge contrast");
                line.addClassName("flagged");
            }
            line.getStyle().set("display", "block").set("margin", "var(--lumo-space-xs) 0");
            linksByOa.add(line);
        }
        conflicts.removeAll();
        for (MergeConflict c : preview.conflicts()) {
            var line = new Span((c.blocking() ? "⛔ " : "⚠ ") + c.detail());
            line.getElement().getThemeList().add(c.blocking() ? "badge error" : "badge contrast");
            line.getElement().setAttribute("data-code", c.code().name());
            line.addClassName("conflict");
            line.getStyle()
                    .set("display", "block")
                    .set("margin", "var(--lumo-space-xs) 0")
                    .set("white-space", "normal");
            conflicts.add(line);
        }
        confirm.setEnabled(preview.executable());
    }

    void merge() {
        reason.setInvalid(false);
        try {
            var done = mergeContacts.merge(actor, preview.previewId(), reason.getValue());
            showResult(done);
            onMerged.run();
        } catch (IllegalArgumentException e) {
            // the reason is the only thing typed here: say on the field what it lacks
            reason.setErrorMessage(e.getMessage());
            reason.setInvalid(true);
        } catch (Conflict | NotFound e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void showResult(MergeResult done) {
        survivor.setReadOnly(true);
        fields.values().forEach(f -> f.setReadOnly(true));
        reason.setReadOnly(true);
        confirm.setEnabled(false);
        result.removeAll();
        result.add(new H4("Merged into #" + done.survivorId() + " "
                + survivor.getValue().name() + " (journal #" + done.mergeId() + "). Re-audit of the affected OAs:"));
        done.reaudit().forEach(r -> result.add(readiness(r)));
        result.scrollIntoView();
    }

    private Component readiness(OaReadiness readiness) {
        var badge = new Span(
                MergeText.oa(oaNames, readiness.oaId()) + ": " + (readiness.ready() ? "ready" : "not ready yet"));
        badge.getElement().getThemeList().add(readiness.ready() ? "badge success" : "badge contrast");
        var line = new Div(badge);
        line.setId("reaudit-" + readiness.oaId().value());
        for (ReadinessCheck check : readiness.checks()) {
            if (!check.passed() || check.code() == ReadinessCheck.Code.CROSS_OA_DUPLICATES_CHECKED) {
                var detail = new Span(check.detail());
                detail.getElement().setAttribute("data-check", check.code().name());
                detail.getStyle().set("margin-left", "var(--lumo-space-s)");
                line.add(detail);
            }
        }
        return line;
    }

    public static String label(PartnerCard p) {
        return "#" + p.id() + " " + p.name() + " (" + (p.status() == PartnerStatus.VERIFIED ? "verified" : "shadow")
                + ", " + p.links().size() + (p.links().size() == 1 ? " link" : " links") + ", balance "
                + MergeText.money(p.openBalance()) + ")";
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
