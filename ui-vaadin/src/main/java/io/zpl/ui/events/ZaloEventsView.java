package io.zpl.ui.events;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OaName;
import io.zpl.application.port.in.ListZaloEvents;
import io.zpl.application.port.in.ListZaloEvents.Query;
import io.zpl.application.port.in.RetryZaloEvent;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventId;
import io.zpl.domain.event.ZaloEventSummary;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;

/** Troubleshooting: every Zalo webhook delivery with its processing state, filterable, with Retry on failures. */
@Route(value = "zalo-events", layout = MainLayout.class)
@PageTitle("Zalo Events · Zalo Partner Links")
@RolesAllowed("ZALO_ADMIN")
public class ZaloEventsView extends VerticalLayout {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    final ComboBox<EventState> state = new ComboBox<>("State");
    final TextField eventName = new TextField("Event name");
    final ComboBox<OaName> oa = new ComboBox<>("Official Account");
    final DateTimePicker from = new DateTimePicker("Received from");
    final DateTimePicker to = new DateTimePicker("Received before");
    final Grid<ZaloEventSummary> grid = new Grid<>();
    private final ListZaloEvents list;
    private final RetryZaloEvent retry;
    private final Actor actor;

    public ZaloEventsView(
            ListZaloEvents list,
            RetryZaloEvent retry,
            ListOfficialAccounts accounts,
            CurrentActor currentActor,
            @Value("${zpl.sandbox.enabled:false}") boolean sandbox) {
        this.list = list;
        this.retry = retry;
        this.actor = currentActor.get();
        setSizeFull();
        var title = new HorizontalLayout(new H2("Zalo Events"));
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (sandbox) {
            var simulator = new Anchor("/sandbox/zalo/", "Zalo sandbox: simulate a customer");
            simulator.setTarget("_blank");
            simulator.setRouterIgnore(true);
            title.add(simulator);
        }
        add(title);

        state.setItems(EventState.values());
        state.setClearButtonVisible(true);
        eventName.setPlaceholder("user_send_text");
        eventName.setClearButtonVisible(true);
        eventName.setValueChangeMode(ValueChangeMode.LAZY);
        oa.setItems(accounts.names(actor));
        oa.setItemLabelGenerator(OaName::name);
        oa.setClearButtonVisible(true);
        var filters = new HorizontalLayout(state, eventName, oa, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.addColumn(e -> e.id().value())
                .setHeader("Event")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> TIME.format(e.receivedAt())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(ZaloEventSummary::eventName).setHeader("Event name").setAutoWidth(true);
        grid.addColumn(e -> e.oaId() == null ? "" : e.oaId().value())
                .setHeader("OA")
                .setAutoWidth(true);
        grid.addColumn(e -> e.subjectId() == null ? "" : e.subjectId())
                .setHeader("Zalo user")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(e -> badge(e.state())))
                .setHeader("State")
                .setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note())
                .setHeader("Note / error")
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addItemClickListener(click -> open(click.getItem()));
        add(grid);
        expand(grid);

        state.addValueChangeListener(e -> refresh());
        eventName.addValueChangeListener(e -> refresh());
        oa.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        refresh();
    }

    void refresh() {
        var filter = new Query(
                state.getValue(),
                eventName.getValue(),
                oa.getValue() == null ? null : oa.getValue().oaId(),
                instant(from.getValue()),
                instant(to.getValue()),
                null,
                50);
        var pages = new KeysetPages<ZaloEventSummary, ZaloEventId>(
                (after, limit) -> {
                    var page = list.list(
                            actor,
                            new Query(
                                    filter.state(),
                                    filter.eventName(),
                                    filter.oaId(),
                                    filter.receivedFrom(),
                                    filter.receivedTo(),
                                    after,
                                    limit));
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                200);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
    }

    ZaloEventDialog open(ZaloEventSummary event) {
        var dialog = new ZaloEventDialog(list, retry, actor, event, this::refresh);
        dialog.open();
        return dialog;
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(ZONE).toInstant();
    }

    private static Component badge(EventState state) {
        var badge = new Span(state.name());
        badge.getElement()
                .getThemeList()
                .add(
                        switch (state) {
                            case PROCESSED -> "badge success";
                            case ERROR -> "badge error";
                            case RECEIVED -> "badge contrast";
                        });
        return badge;
    }
}
