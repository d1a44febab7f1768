package io.zpl.ui.partner;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListMerges;
import io.zpl.domain.access.Role;
import io.zpl.domain.merge.MergeEntry;
import io.zpl.domain.partner.PartnerId;
import java.util.stream.Collectors;

/**
 * The merges in which the partner survived or was merged away, for CS Leads (the journal is theirs); others are told
 * where the history lives. Undo stays on the Merge history page.
 */
final class PartnerMerges extends VerticalLayout {

    static final int SHOWN = 20;

    final Grid<MergeEntry> grid = new Grid<>();
    private final ListMerges listMerges;
    private final Actor actor;

    PartnerMerges(ListMerges listMerges, Actor actor) {
        this.listMerges = listMerges;
        this.actor = actor;
        setPadding(false);
        if (!actor.has(Role.CS_LEAD)) {
            add(new Paragraph("The merge journal is open to CS Leads."));
            return;
        }
        grid.addColumn(e -> e.mergedAt().toString().replace('T', ' ').substring(0, 16))
                .setHeader("When (UTC)")
                .setAutoWidth(true);
        grid.addColumn(e -> e.mergedIds().stream().map(PartnerId::toString).collect(Collectors.joining(", ")) + " → "
                        + e.survivorId())
                .setHeader("Merged → survivor")
                .setKey("merged")
                .setAutoWidth(true);
        grid.addColumn(MergeEntry::actor).setHeader("By").setAutoWidth(true);
        grid.addColumn(MergeEntry::reason).setHeader("Why").setFlexGrow(2);
        grid.addColumn(e -> e.undone() ? "undone by " + e.undoneBy() : "")
                .setHeader("")
                .setKey("undone")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        add(grid, new Anchor("merges", "All merges, with undo →"));
    }

    void show(PartnerId partner) {
        if (actor.has(Role.CS_LEAD)) {
            grid.setItems(listMerges.touching(actor, partner, SHOWN));
        }
    }
}
