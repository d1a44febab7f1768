package io.zpl.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.AuditOfficialAccount;
import io.zpl.application.port.in.AuditQuery;
import io.zpl.application.port.in.AuditedLink;
import io.zpl.application.port.in.FindingCounts;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.audit.AuditSort;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of the guide: every Zalo partner of one OA with its findings, filterable by finding and searchable, paged by
 * keyset so that an OA with a hundred thousand links opens as fast as one with ten. Zalo Admins only; others see
 * why they cannot.
 */
@Route(value = "official-accounts/:oaId/partners", layout = MainLayout.class)
@PageTitle("Zalo Partners · Zalo Partner Links")
@PermitAll
public class ZaloPartnersView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 50;

    final Grid<AuditedLink> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<AuditSort> sort = new Select<>();
    final Map<Finding, Button> chips = new EnumMap<>(Finding.class);
    final H2 title = new H2("Zalo Partners");
    final Set<Finding> selected = EnumSet.noneOf(Finding.class);
    private final AuditOfficialAccount audit;
    private final Actor actor;
    private OaId oaId = new OaId("0");

    public ZaloPartnersView(AuditOfficialAccount audit, CurrentActor currentActor) {
        this.audit = audit;
        this.actor = currentActor.get();
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            oaId = new OaId(event.getRouteParameters().get("oaId").orElse(""));
            var counts = audit.countFindings(actor, oaId);
            selected.clear();
            event.getLocation()
                    .getQueryParameters()
                    .getParameters()
                    .getOrDefault("finding", List.of())
                    .forEach(name -> {
                        try {
                            selected.add(Finding.valueOf(name));
                        } catch (IllegalArgumentException ignored) {
                            // an unknown finding in a hand-written URL filters nothing
                        }
                    });
            build(counts);
        } catch (PermissionDenied denied) {
            add(new MissingPermission(denied));
        }
    }

    private void build(FindingCounts counts) {
        title.setText("Zalo Partners · " + counts.oaName());
        var back = new Anchor("official-accounts/" + oaId.value(), "← " + counts.oaName());
        var export = new Anchor(csv(), "Export CSV");
        export.getElement().setAttribute("download", true);
        export.setId("export-csv");
        var header = new HorizontalLayout(title, new Span(counts.links() + " Zalo partners"), back, export);
        header.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(header);

        var chipBar = new FlexLayout();
        chipBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        chipBar.getStyle().set("gap", "var(--lumo-space-s)");
        chips.clear();
        for (Finding finding : Finding.values()) {
            var chip = new Button(FindingBadges.label(finding) + " (" + counts.of(finding) + ")");
            chip.setId("chip-" + finding.name());
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(selected.contains(finding)));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL);
            chip.setTooltipText("Risk: " + finding.risk() + "\nAction: " + finding.action());
            chip.addClickListener(click -> toggle(finding));
            style(chip, selected.contains(finding));
            chips.put(finding, chip);
            chipBar.add(chip);
        }

        search.setPlaceholder("Search Zalo name, alias, partner, Zalo user id or phone");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        search.setId("search");
        search.addValueChangeListener(change -> refresh());
        sort.setLabel("Order");
        sort.setItems(AuditSort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case LAST_MESSAGE -> "Last message";
            case NAME -> "Zalo name";
            case LAST_SYNC -> "Last synced (stalest first)";
        });
        sort.setValue(AuditSort.LAST_MESSAGE);
        sort.addValueChangeListener(change -> refresh());
        var tools = new HorizontalLayout(search, sort);
        tools.setDefaultVerticalComponentAlignment(Alignment.END);
        add(chipBar, tools);

        configureGrid();
        add(grid);
        expand(grid);
        refresh();
    }

    private void configureGrid() {
        grid.removeAllColumns();
        grid.setPageSize(PAGE);
        grid.addColumn(new ComponentRenderer<>(this::avatar))
                .setHeader("")
                .setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(row -> row.link().profile().displayName())
                .setHeader("Zalo name")
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(row -> row.link().profile().alias()).setHeader("Alias").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::partner))
                .setHeader("Partner")
                .setKey("partner")
                .setFlexGrow(2);
        grid.addColumn(row -> messages(row, Instant.now()))
                .setHeader("Messages")
                .setFlexGrow(1);
        grid.addColumn(row -> RelativeTime.of(row.link().sync().profileSyncedAt(), Instant.now(), "never"))
                .setHeader("Last synced")
                .setKey("synced");
        grid.addColumn(new ComponentRenderer<>(row -> FindingBadges.of(row.findings())))
                .setHeader("Findings")
                .setKey("findings")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                grid.getUI()
                        .ifPresent(ui -> ui.navigate(
                                "partner-links/" + change.getValue().link().id()));
            }
        });
    }

    private void toggle(Finding finding) {
        if (!selected.remove(finding)) {
            selected.add(finding);
        }
        chips.forEach((f, chip) -> {
            style(chip, selected.contains(f));
            chip.getElement().setAttribute("aria-pressed", Boolean.toString(selected.contains(f)));
        });
        grid.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location()));
        refresh();
    }

    private String location() {
        var params = QueryParameters.simple(Map.of());
        if (!selected.isEmpty()) {
            params = new QueryParameters(
                    Map.of("finding", selected.stream().sorted().map(Enum::name).toList()));
        }
        String query = params.getQueryString();
        return "official-accounts/" + oaId.value() + "/partners" + (query.isEmpty() ? "" : "?" + query);
    }

    private static void style(Button chip, boolean on) {
        chip.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_CONTRAST);
        chip.addThemeVariants(on ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
    }

    /** A fresh pager per filter: cursors belong to one filter and order. */
    void refresh() {
        var pages = new KeysetPages<AuditedLink, String>(
                (after, limit) -> {
                    var page = audit.page(actor, query(after));
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                PAGE);
        grid.setItems(q -> pages.fetch(q.getOffset(), q.getLimit()));
    }

    AuditQuery query(@Nullable String after) {
        return new AuditQuery(
                oaId,
                selected,
                search.getValue(),
                sort.getValue() == null ? AuditSort.LAST_MESSAGE : sort.getValue(),
                after,
                PAGE);
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("zalo-partners-" + oaId.value() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            var out = new BufferedWriter(
                    new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            audit.exportCsv(actor, query(null), out);
            out.flush();
        };
    }

    private Component avatar(AuditedLink row) {
        var avatar = new Avatar(
                row.link().profile().displayName() == null
                        ? "?"
                        : row.link().profile().displayName());
        if (row.link().profile().avatarUrl() != null) {
            avatar.setImage(row.link().profile().avatarUrl());
        }
        return avatar;
    }

    private Component partner(AuditedLink row) {
        var layout = new HorizontalLayout(new Span(row.partner().name()));
        layout.setSpacing(false);
        layout.getStyle().set("gap", "0.4em");
        if (row.partner().isShadow()) {
            var badge = FindingBadges.styled("Shadow", "error");
            badge.addClassName("shadow-badge");
            layout.add(badge);
        }
        return layout;
    }

    private static String messages(AuditedLink row, Instant now) {
        var stats = row.link().messages();
        return stats.count() == 0 ? "none" : stats.count() + " · " + RelativeTime.of(stats.lastAt(), now, "");
    }
}
