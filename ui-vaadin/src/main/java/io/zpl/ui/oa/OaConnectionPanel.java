package io.zpl.ui.oa;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.domain.oa.OfficialAccount;
import io.zpl.ui.layout.Badge;

/**
 * The OA page's Zalo connection: the status, the reason when Zalo stopped accepting the OA, and Connect (or Reconnect),
 * which sends the browser to Zalo's permission page; Zalo sends it back through our OAuth callback to this page.
 */
public class OaConnectionPanel extends VerticalLayout {

    final Badge status;
    final Paragraph explanation = new Paragraph();
    final Button connect;
    private final ConfigureZaloOa configure;
    private final Actor actor;
    private final OfficialAccount oa;

    public OaConnectionPanel(ConfigureZaloOa configure, Actor actor, OfficialAccount oa) {
        this.configure = configure;
        this.actor = actor;
        this.oa = oa;
        setPadding(false);
        setId("oa-connection");
        status = StatusBadge.of(oa.status());
        status.setId("oa-status");
        explanation.setId("oa-status-reason");
        explanation.setText(explain(oa));
        connect = new Button(
                switch (oa.status()) {
                    case DRAFT -> "Connect to Zalo";
                    case CONNECTED, EXPIRED, ERROR -> "Reconnect to Zalo";
                },
                VaadinIcon.CONNECT.create());
        connect.setId("oa-connect");
        if (!oa.status().canCallZalo()) {
            connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        connect.addClickListener(click -> goToZalo());
        var line = new HorizontalLayout(status, explanation);
        line.setAlignItems(Alignment.BASELINE);
        add(line, connect);
    }

    private void goToZalo() {
        try {
            String url = configure.authorizeUrl(actor, oa.id());
            getUI().ifPresent(ui -> ui.getPage().setLocation(url));
        } catch (NotFound | PermissionDenied refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    static String explain(OfficialAccount oa) {
        return switch (oa.status()) {
            case DRAFT ->
                "Not connected yet. Connect opens Zalo's permission page; allow the App to manage " + oa.name()
                        + " and Zalo brings you back here.";
            case CONNECTED -> "Connected: Zalo accepts this OA's token, so profiles can be synced.";
            case EXPIRED ->
                oa.statusReason() != null
                        ? oa.statusReason()
                        : "The OA's Zalo authorisation ran out: reconnect it to sync profiles again.";
            case ERROR ->
                oa.statusReason() != null
                        ? oa.statusReason()
                        : "Zalo refused this OA: check it on oa.zalo.me, then reconnect it.";
        };
    }
}
