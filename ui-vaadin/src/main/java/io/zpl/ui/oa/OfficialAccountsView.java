package io.zpl.ui.oa;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OfficialAccountOverview;
import io.zpl.domain.access.Role;
import io.zpl.ui.layout.Badge;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * Step 1 of the guide: the OAs the company operates; Zalo Admins add Apps and OAs here (Configure Zalo OA) and go on to
 * each OA's page to connect it and to its Zalo Partners.
 */
@Route(value = "official-accounts", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Official Accounts · Zalo Partner Links")
@PermitAll
public class OfficialAccountsView extends VerticalLayout {

    final Grid<OfficialAccountOverview> grid = new Grid<>();
    final Button addApp = new Button("Add Zalo App", VaadinIcon.PLUS.create());
    final Button addOa = new Button("Add Official Account", VaadinIcon.PLUS.create());
    private final Actor actor;

    public OfficialAccountsView(
            ListOfficialAccounts listOfficialAccounts, ConfigureZaloOa configure, CurrentActor currentActor) {
        this.actor = currentActor.get();
        setSizeFull();
        add(new H2("Official Accounts"));
        add(new Paragraph(
                "Open the OA you operate and audit its Zalo Partners before handing it to CS, Sales and Accounting."));
        if (actor.has(Role.ZALO_ADMIN)) {
            addApp.setId("add-zalo-app");
            addOa.setId("add-official-account");
            addApp.addClickListener(click -> new ZaloAppDialog(configure, actor).open());
            addOa.addClickListener(click -> new OfficialAccountDialog(
                            configure,
                            actor,
                            oa -> getUI().ifPresent(ui ->
                                    ui.navigate("official-accounts/" + oa.id().value())))
                    .open());
            add(new HorizontalLayout(addApp, addOa));
        }

        grid.addColumn(new ComponentRenderer<>(
                        oa -> new Anchor("official-accounts/" + oa.oaId().value(), oa.name())))
                .setHeader("Official Account")
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(OfficialAccountOverview::appName).setHeader("Zalo App").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(oa -> StatusBadge.of(oa.status())))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        count(OfficialAccountOverview::linkCount, "Zalo partners").setKey("links");
        count(OfficialAccountOverview::shadowCount, "Shadow contacts");
        count(OfficialAccountOverview::suspectedDuplicateCount, "Suspected duplicates");
        count(OfficialAccountOverview::staleCount, "Stale profiles");
        grid.addColumn(new ComponentRenderer<>(oa -> readiness(oa.ready())))
                .setHeader("Ready for operations")
                .setWidth("7.5em")
                .setFlexGrow(0);
        if (actor.has(Role.ZALO_ADMIN)) {
            grid.addColumn(new ComponentRenderer<>(this::zaloPartnersButton))
                    .setKey("zaloPartners")
                    .setHeader("")
                    .setAutoWidth(true)
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        // two-word headers wrap over narrow number columns, so every column fits beside the menu
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(listOfficialAccounts.list(actor));
        add(grid);
        expand(grid);
    }

    private Grid.Column<OfficialAccountOverview> count(
            ValueProvider<OfficialAccountOverview, Long> count, String header) {
        return grid.addColumn(count).setHeader(header).setWidth("6.5em").setTextAlign(ColumnTextAlign.END);
    }

    private Component zaloPartnersButton(OfficialAccountOverview oa) {
        var button = new Button("Zalo Partners", VaadinIcon.USERS.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        button.addClassName("zalo-partners-button");
        button.addClickListener(click -> button.getUI()
                .ifPresent(ui -> ui.navigate("official-accounts/" + oa.oaId().value() + "/partners")));
        return button;
    }

    private static Component readiness(boolean ready) {
        return ready ? new Badge("Ready", Badge.Tone.SUCCESS) : new Badge("Not ready", Badge.Tone.WARNING);
    }
}
