package io.zpl.ui.events;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListZaloEvents;
import io.zpl.application.port.in.RetryZaloEvent;
import io.zpl.domain.event.EventState;
import io.zpl.domain.event.ZaloEventSummary;

/** One event: its state, its note, the raw payload as Zalo sent it, and Retry processing when it failed. */
class ZaloEventDialog extends Dialog {

    final Button retry = new Button("Retry processing");

    ZaloEventDialog(
            ListZaloEvents list, RetryZaloEvent retryZaloEvent, Actor actor, ZaloEventSummary event, Runnable refresh) {
        var detail = list.show(actor, event.id());
        var e = detail.event();
        setHeaderTitle("Zalo event " + e.id() + " · " + e.eventName());
        var payload = new Pre(detail.rawBody());
        payload.getStyle()
                .set("white-space", "pre-wrap")
                .set("max-height", "50vh")
                .set("overflow", "auto");
        var content = new VerticalLayout(
                new Paragraph("State: " + e.state() + (e.note() == null ? "" : " — " + e.note())),
                new Paragraph("App " + e.appId() + " · OA " + (e.oaId() == null ? "—" : e.oaId()) + " · Zalo user "
                        + (e.subjectId() == null ? "—" : e.subjectId()) + " · attempts " + e.attempts()),
                new Paragraph("Event time " + e.eventTime() + " · received " + e.receivedAt()),
                payload);
        content.setPadding(false);
        add(content);
        setWidth("min(56rem, 95vw)");

        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retry.setVisible(e.state() != EventState.PROCESSED);
        retry.addClickListener(click -> {
            var after = retryZaloEvent.retry(actor, e.id());
            Notification.show(
                    after.state() == EventState.PROCESSED
                            ? "Processed" + (after.note() == null ? "" : ": " + after.note())
                            : "Still failing: " + after.note());
            refresh.run();
            close();
        });
        getFooter().add(new Button("Close", click -> close()), retry);
    }
}
