package io.zpl.ui.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.SyncProfile;
import io.zpl.application.port.in.SyncProfile.SyncResult;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.SyncOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The link form's Sync Profile button: asks Zalo in the background while a progress bar runs (the UI polls), then says
 * what happened in plain words and hands the result to the form so it shows the refreshed profile.
 */
class SyncProfilePanel extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    final Button button = new Button("Sync Profile", VaadinIcon.REFRESH.create());
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();

    SyncProfilePanel(SyncProfile syncProfile, Actor actor, LinkId link, Consumer<SyncResult> done) {
        button.setId("sync-profile");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("10em");
        status.setId("sync-status");
        setAlignItems(Alignment.CENTER);
        add(button, progress, status);
        button.addClickListener(click -> {
            UI ui = UI.getCurrent();
            button.setEnabled(false);
            progress.setVisible(true);
            status.setText("Asking Zalo for the current profile…");
            ui.setPollInterval(POLL_MILLIS);
            CompletableFuture.supplyAsync(
                            () -> syncProfile.sync(actor, link),
                            task -> Thread.ofVirtual().name("sync-profile-ui").start(task))
                    .whenComplete((result, failure) -> ui.access(() -> {
                        ui.setPollInterval(-1);
                        progress.setVisible(false);
                        button.setEnabled(true);
                        if (failure != null) {
                            status.setText("The sync could not run: " + rootMessage(failure));
                            notify(status.getText(), NotificationVariant.LUMO_ERROR);
                        } else {
                            status.setText(sentence(result));
                            notify(
                                    status.getText(),
                                    result.outcome() == SyncOutcome.OK
                                            ? NotificationVariant.LUMO_SUCCESS
                                            : NotificationVariant.LUMO_ERROR);
                            done.accept(result);
                        }
                    }));
        });
    }

    static String sentence(SyncResult result) {
        return switch (result.outcome()) {
            case OK -> "Synced: " + result.detail();
            case USER_ERROR -> "Zalo refused for this person: " + result.detail();
            case OA_ERROR -> "Zalo refused for the Official Account: " + result.detail();
            case TRANSIENT_GAVE_UP -> "Zalo did not answer properly: " + result.detail();
        };
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
