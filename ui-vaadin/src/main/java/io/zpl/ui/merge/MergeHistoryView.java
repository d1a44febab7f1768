package io.zpl.ui.merge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OaName;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/** The merge journal, newest first, with Undo within the window. */
@Route(value = "merges", layout = MainLayout.class)
@PageTitle("Merge history · Zalo Partner Links")
@RolesAllowed("CS_LEAD")
public class MergeHistoryView extends VerticalLayout {

    final Grid<MergeEntry> grid = new Grid<>();
    private final ListMerges listMerges;
    private final UndoMerge undoMerge;
    private final Actor actor;
    private final Map<OaId, String> oaNames;

    public MergeHistoryView(
            ListMerges listMerges, UndoMerge undoMerge, ListOfficialAccounts accounts, CurrentActor currentActor) {
        this.listMerges = listMerges;
        this.undoMerge = undoMerge;
        this.actor = currentActor.get();
        this.oaNames = accounts.names(actor).stream().collect(Collectors.toMap(OaName::oaId, OaName::name));
        setSizeFull();
        add(new H2("Merge history"));
        add(new Paragraph("Every merge with who, when, why and what moved. Undo restores the state before the merge "
                + "exactly, unless something it moved has changed since."));
        grid.addColumn(e -> "#" + e.mergeId())
                .setHeader("Merge")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.mergedAt().toString().replace('T', ' ').substring(0, 16))
                .setHeader("When (UTC)");
        grid.addColumn(MergeEntry::actor).setHeader("By");
        grid.addColumn(e -> e.mergedIds().stream().map(PartnerId::toString).collect(Collectors.joining(", ")) + " → "
                        + e.survivorId())
                .setHeader("Merged → survivor");
        grid.addColumn(MergeEntry::reason).setHeader("Why").setFlexGrow(2);
        grid.addColumn(e -> e.moved().stream()
                        .map(m -> MergeText.rows(m.table()) + " " + m.rows())
                        .collect(Collectors.joining(", ")))
                .setKey("moved")
                .setHeader("Moved")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::undo))
                .setKey("undo")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        var pages = new KeysetPages<MergeEntry, String>(
                (after, limit) -> {
                    var page = listMerges.list(actor, after, limit);
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                200);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
    }

    private Component undo(MergeEntry entry) {
        if (entry.undone()) {
            var undone = new Span("Undone by " + entry.undoneBy());
            undone.getElement().getThemeList().add("badge contrast");
            return undone;
        }
        var button = new Button("Undo", e -> {
            try {
                var result = undoMerge.undo(actor, entry.mergeId());
                Notification.show("Merge #" + entry.mergeId() + " undone; "
                                + result.reaudit().stream()
                                        .map(r ->
                                                MergeText.oa(oaNames, r.oaId()) + (r.ready() ? " ready" : " not ready"))
                                        .collect(Collectors.joining(", ")))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (Conflict ex) {
                Notification.show(ex.getMessage(), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.addClassName("undo-button");
        return button;
    }
}
