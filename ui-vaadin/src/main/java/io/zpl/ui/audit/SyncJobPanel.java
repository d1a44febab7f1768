package io.zpl.ui.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.domain.sync.SyncJob;
import io.zpl.domain.sync.SyncScope;
import io.zpl.domain.zalo.OaId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Bulk Sync Profile on the OA page: start a job over the stale (or all) links, watch its progress (the UI polls every
 * second while it runs) and cancel it.
 */
class SyncJobPanel extends VerticalLayout {

    static final int POLL_MILLIS = 1000;

    final Button syncStale = new Button("Sync stale profiles", VaadinIcon.REFRESH.create());
    final Button syncAll = new Button("Sync all", VaadinIcon.REFRESH.create());
    final Button cancel = new Button("Cancel", VaadinIcon.CLOSE.create());
    final ProgressBar progress = new ProgressBar();
    final Span state = new Span();
    final Span counts = new Span();
    final Span pausedReason = new Span();
    private final ViewSyncJobs view;
    private final Actor actor;
    private final OaId oa;
    private @Nullable SyncJob job;
    private @Nullable Registration polling;

    SyncJobPanel(StartSyncJob start, ViewSyncJobs view, CancelSyncJob cancelJob, Actor actor, OaId oa) {
        this.view = view;
        this.actor = actor;
        this.oa = oa;
        setPadding(false);
        setId("sync-jobs");
        syncStale.setId("sync-stale");
        syncAll.setId("sync-all");
        cancel.setId("sync-cancel");
        state.setId("sync-job-state");
        counts.setId("sync-job-counts");
        pausedReason.setId("sync-job-paused-reason");
        syncStale.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        progress.setWidth("24em");
        syncStale.addClickListener(click -> started(() -> start.start(actor, oa, SyncScope.STALE)));
        syncAll.addClickListener(click -> started(() -> start.start(actor, oa, SyncScope.ALL)));
        cancel.addClickListener(click -> {
            if (job != null) {
                started(() -> cancelJob.cancel(actor, job.id()));
            }
        });
        add(
                new HorizontalLayout(syncStale, syncAll, cancel),
                new HorizontalLayout(progress, state, counts),
                pausedReason);
        show(view.latest(actor, oa).orElse(null));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        watch(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    /** Re-reads the job; the poll listener calls this every second while the job is not finished. */
    void refresh() {
        try {
            show(job == null ? view.latest(actor, oa).orElse(null) : view.view(actor, job.id()));
        } catch (NotFound gone) {
            show(null);
        }
        getUI().ifPresent(this::watch);
    }

    private void started(Supplier<SyncJob> action) {
        try {
            show(action.get());
            getUI().ifPresent(this::watch);
        } catch (IllegalArgumentException | PermissionDenied | NotFound refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(@Nullable SyncJob shown) {
        job = shown;
        boolean running = shown != null && !shown.state().isFinished();
        syncStale.setEnabled(!running);
        syncAll.setEnabled(!running);
        cancel.setVisible(running);
        progress.setVisible(shown != null);
        pausedReason.setVisible(shown != null && shown.pausedReason() != null);
        if (shown == null) {
            state.setText("No sync job has run on this OA yet.");
            counts.setText("");
            return;
        }
        int handled = shown.done() + shown.failed();
        progress.setValue(0);
        progress.setMax(Math.max(1, shown.total()));
        progress.setValue(Math.min(handled, Math.max(1, shown.total())));
        state.setText(shown.scope() == SyncScope.ALL ? "Sync all: " + shown.state() : "Sync stale: " + shown.state());
        counts.setText(shown.done() + " done, " + shown.failed() + " failed of " + shown.total());
        pausedReason.setText(shown.pausedReason() == null ? "" : "Paused: " + shown.pausedReason());
    }

    private void watch(UI ui) {
        boolean running = job != null && !job.state().isFinished();
        if (running && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refresh());
        } else if (!running) {
            stopPolling(ui);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
