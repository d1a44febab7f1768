package io.zpl.ui.partner;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.FindPartners;
import io.zpl.application.port.in.FindPartners.PartnerCard;
import io.zpl.application.port.in.FindPartners.PartnerQuery;
import io.zpl.application.port.in.ImportBusinessRecords;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import io.zpl.ui.layout.PhoneText;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Partners: search by name (with or without diacritics), phone in any form or Zalo user id, filter by status, open
 * one; Zalo Admins also import the ERP's business records from a CSV file.
 */
@Route(value = "partners", layout = MainLayout.class)
@PageTitle("Partners · Zalo Partner Links")
@PermitAll
public class PartnersView extends VerticalLayout {

    static final int PAGE = 50;

    final TextField search = new TextField();
    final Select<PartnerStatus> status = new Select<>();
    final Grid<PartnerCard> grid = new Grid<>();
    final @Nullable Button importRecords;
    private final FindPartners partners;
    private final Actor actor;

    public PartnersView(FindPartners partners, ImportBusinessRecords records, CurrentActor currentActor) {
        this.partners = partners;
        this.actor = currentActor.get();
        setSizeFull();
        add(new H2("Partners"));
        add(new Paragraph("One partner per real customer: open a partner to see whether business content may reach"
                + " them on each OA, their links, business records and open balance."));

        search.setPlaceholder("Name (with or without accents), phone or Zalo user id");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.setMaxLength(200);
        search.setId("partner-search");
        search.addValueChangeListener(change -> refresh());
        status.setLabel("Status");
        status.setWidth("13em");
        status.setItems(PartnerStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Verified and shadow");
        status.setItemLabelGenerator(s -> s == null ? "Verified and shadow" : label(s));
        status.addValueChangeListener(change -> refresh());
        var bar = new HorizontalLayout(search, status);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actor.has(Role.ZALO_ADMIN)) {
            importRecords = new Button("Import business records (CSV)", VaadinIcon.UPLOAD.create());
            importRecords.addClickListener(click -> new ImportRecordsDialog(records, actor).open());
            bar.add(importRecords);
        } else {
            importRecords = null;
        }
        add(bar);

        configureGrid();
        add(grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setPageSize(PAGE);
        grid.addColumn(c -> c.partner().name()).setHeader("Name").setKey("name").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(c -> StatusBadge.of(c.partner().status())))
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(c -> PhoneText.of(c.partner().phones()))
                .setHeader("Phones")
                .setKey("phones")
                .setFlexGrow(1);
        grid.addColumn(c -> c.links().size())
                .setHeader("Zalo links")
                .setKey("links")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> PartnerView.VND.format(c.openBalance()))
                .setHeader("Open balance (VND)")
                .setKey("balance")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PartnerCard::documentCount)
                .setHeader("Documents")
                .setKey("documents")
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate("partners/" + click.getItem().partner().id())));
    }

    /** A fresh pager per search: cursors belong to one filter. */
    void refresh() {
        String text = search.getValue();
        PartnerStatus wanted = status.getValue();
        var pages = new KeysetPages<PartnerCard, String>(
                (after, limit) -> {
                    var page = partners.search(actor, new PartnerQuery(text, wanted, after, limit));
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                PartnerQuery.MAX_LIMIT);
        grid.setItems(q -> pages.fetch(q.getOffset(), q.getLimit()));
    }

    private static String label(PartnerStatus status) {
        return switch (status) {
            case VERIFIED -> "Verified";
            case SHADOW -> "Shadow (under review)";
            case MERGED -> "Merged (old ids)";
        };
    }
}
