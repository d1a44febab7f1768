package io.zpl.ui.duplicates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.DetectDuplicates;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OaName;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.ReviewDuplicates;
import io.zpl.domain.duplicate.DuplicateGroupView;
import io.zpl.domain.duplicate.DuplicateQuery;
import io.zpl.domain.duplicate.DuplicateTier;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import io.zpl.ui.merge.MergeDialog;
import io.zpl.ui.merge.MergeText;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The CS Lead's review queue: suspected duplicates by tier with their evidence, to merge or dismiss. */
@Route(value = "duplicates", layout = MainLayout.class)
@PageTitle("Suspected duplicates · Zalo Partner Links")
@RolesAllowed("CS_LEAD")
public class DuplicatesView extends VerticalLayout {

    final Grid<DuplicateGroupView> grid = new Grid<>();
    final ComboBox<DuplicateTier> tier = new ComboBox<>("Tier");
    final ComboBox<OaName> oa = new ComboBox<>("Official Account");
    final Button scan = new Button("Scan now");
    private final ReviewDuplicates review;
    private final PreviewMerge previewMerge;
    private final MergeContacts mergeContacts;
    private final Actor actor;
    private final Map<OaId, String> oaNames;

    public DuplicatesView(
            ReviewDuplicates review,
            DetectDuplicates detection,
            PreviewMerge previewMerge,
            MergeContacts mergeContacts,
            ListOfficialAccounts accounts,
            CurrentActor currentActor) {
        this.review = review;
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.actor = currentActor.get();
        setSizeFull();
        add(new H2("Suspected duplicates"));
        add(new Paragraph("One real customer must stay one partner. Groups come strongest first; name-only matches "
                + "(POSSIBLE) are shown when you pick that tier."));

        tier.setItems(DuplicateTier.values());
        tier.setPlaceholder("Certain, strong, probable");
        tier.setWidth("16em");
        tier.setClearButtonVisible(true);
        tier.addValueChangeListener(e -> refresh());
        var oas = accounts.names(actor);
        oaNames = oas.stream().collect(Collectors.toMap(OaName::oaId, OaName::name));
        oa.setItems(oas);
        oa.setItemLabelGenerator(OaName::name);
        oa.setClearButtonVisible(true);
        oa.addValueChangeListener(e -> refresh());
        scan.addClickListener(e -> {
            var summary = detection.scanAll(actor);
            Notification.show("Scan done: " + summary.groups() + " groups (" + summary.opened() + " new, "
                    + summary.keptDismissed() + " stay dismissed).");
            refresh();
        });
        var filters = new HorizontalLayout(tier, oa, scan);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters);

        grid.addColumn(g -> g.tier().name())
                .setHeader("Tier")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::partners))
                .setHeader("Partners")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(DuplicatesView::evidence))
                .setHeader("Evidence")
                .setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setKey("actions")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        var oaId = oa.getValue() == null ? null : oa.getValue().oaId();
        var pages = new KeysetPages<DuplicateGroupView, String>(
                (after, limit) -> {
                    var page = review.list(actor, new DuplicateQuery(oaId, tier.getValue(), after, limit));
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                ReviewDuplicates.MAX_LIMIT);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
    }

    private Component actions(DuplicateGroupView group) {
        var merge = new Button("Merge…", e -> openMerge(group.partners()));
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        merge.addClassName("merge-button");
        var dismiss = new Button("Not the same person…", e -> openDismiss(group));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(merge, dismiss);
    }

    void openMerge(List<PartnerCard> partners) {
        new MergeDialog(
                        partners.subList(0, Math.min(partners.size(), 10)),
                        oaNames,
                        previewMerge,
                        mergeContacts,
                        actor,
                        this::refresh)
                .open();
    }

    void openDismiss(DuplicateGroupView group) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Dismiss group " + group.groupId());
        var reason = new TextField("Why are they not the same person?");
        reason.setWidthFull();
        dialog.add(reason);
        var ok = new Button("Dismiss", e -> {
            try {
                review.dismiss(actor, group.groupId(), reason.getValue());
                dialog.close();
                refresh();
            } catch (IllegalArgumentException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private Component partners(DuplicateGroupView group) {
        var box = new Div();
        group.partners().forEach(p -> {
            var line = new Div(new Span("#" + p.id() + " " + p.name() + " · " + p.status() + " · "
                    + p.links().stream()
                            .map(l -> MergeText.oa(oaNames, l.oaId()))
                            .collect(Collectors.joining(", "))
                    + " · balance " + MergeText.money(p.openBalance())));
            box.add(line);
        });
        return box;
    }

    private static Component evidence(DuplicateGroupView group) {
        var box = new Div();
        group.evidence().forEach(e -> box.add(new Div(new Span(e.detail()))));
        return box;
    }
}
