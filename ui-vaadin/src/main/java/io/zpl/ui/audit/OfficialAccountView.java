package io.zpl.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.AuditOfficialAccount;
import io.zpl.application.port.in.CancelSyncJob;
import io.zpl.application.port.in.CheckOaReadiness;
import io.zpl.application.port.in.ConfigureZaloOa;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.StartSyncJob;
import io.zpl.application.port.in.ViewSyncJobs;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.audit.ReadinessCheck;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import io.zpl.ui.oa.OaConnectionPanel;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * One OA: its Zalo connection (status, reason, Connect), its readiness checkpoint (the guide's Success Checkpoint), the
 * way into its Zalo Partners and bulk Sync Profile.
 */
@Route(value = "official-accounts/:oaId", layout = MainLayout.class)
@PageTitle("Official Account · Zalo Partner Links")
@PermitAll
public class OfficialAccountView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final VerticalLayout checks = new VerticalLayout();
    final Button zaloPartners = new Button("Zalo Partners", VaadinIcon.USERS.create());
    private final AuditOfficialAccount audit;
    private final CheckOaReadiness readiness;

    @Nullable
    SyncJobPanel syncJobs;

    @Nullable
    OaConnectionPanel connection;

    private final ConfigureZaloOa configure;

    private final StartSyncJob startSync;
    private final ViewSyncJobs viewSync;
    private final CancelSyncJob cancelSync;
    private final Actor actor;
    private OaId shown = new OaId("0");

    public OfficialAccountView(
            AuditOfficialAccount audit,
            CheckOaReadiness readiness,
            StartSyncJob startSync,
            ViewSyncJobs viewSync,
            CancelSyncJob cancelSync,
            ConfigureZaloOa configure,
            CurrentActor currentActor) {
        this.audit = audit;
        this.configure = configure;
        this.readiness = readiness;
        this.startSync = startSync;
        this.viewSync = viewSync;
        this.cancelSync = cancelSync;
        this.actor = currentActor.get();
        zaloPartners.setId("zalo-partners");
        zaloPartners.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        zaloPartners.addClickListener(
                click -> zaloPartners.getUI().ifPresent(ui -> ui.navigate(partners(shown, null))));
        checks.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            var oaId = new OaId(event.getRouteParameters().get("oaId").orElse(""));
            var counts = audit.countFindings(actor, oaId);
            OaReadiness result = readiness.check(actor, oaId);
            title.setText(counts.oaName());
            shown = oaId;
            var verdict = FindingBadges.styled(
                    result.ready() ? "Ready for CS, Sales and Accounting" : "Not ready yet",
                    result.ready() ? "success" : "error");
            verdict.setId("readiness-verdict");
            add(new HorizontalLayout(title, verdict));
            if (actor.has(Role.ZALO_ADMIN)) {
                connection = new OaConnectionPanel(configure, actor, configure.officialAccount(actor, oaId));
                add(new H3("Zalo connection"), connection);
            }
            add(zaloPartners, new H3("Readiness checkpoint"), checks);
            checks.removeAll();
            result.checks().forEach(check -> checks.add(line(oaId, check)));
            if (actor.has(Role.ZALO_ADMIN)) {
                syncJobs = new SyncJobPanel(startSync, viewSync, cancelSync, actor, oaId);
                add(new H3("Sync Profile"), syncJobs);
            }
        } catch (PermissionDenied denied) {
            add(new MissingPermission(denied));
        } catch (NotFound | IllegalArgumentException missing) {
            add(new H2("No such Official Account"), new Paragraph(missing.getMessage()));
        }
    }

    private Component line(OaId oaId, ReadinessCheck check) {
        var icon = check.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create();
        icon.setColor(check.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)");
        var name = new Span(
                switch (check.code()) {
                    case PARTNERS_LIST_AUDITABLE -> "The OA has an auditable Zalo Partners list";
                    case CROSS_OA_DUPLICATES_CHECKED -> "Customers on several OAs checked for duplicates";
                    case PROFILES_CURRENT -> "Profile information is current";
                });
        name.getStyle().set("font-weight", "600");
        var line = new HorizontalLayout(icon, name, new Span(check.detail()));
        line.setId("check-" + check.code().name());
        line.getElement().setAttribute("data-passed", Boolean.toString(check.passed()));
        @Nullable
        Finding filter = switch (check.code()) {
            case PARTNERS_LIST_AUDITABLE -> null;
            case CROSS_OA_DUPLICATES_CHECKED -> Finding.SUSPECTED_DUPLICATE;
            case PROFILES_CURRENT -> Finding.STALE_PROFILE;
        };
        if (!check.passed() || filter == null) {
            line.add(new Anchor(partners(oaId, filter), filter == null ? "Open the list" : "Show them"));
        }
        return line;
    }

    static String partners(OaId oaId, @Nullable Finding filter) {
        return "official-accounts/" + oaId.value() + "/partners" + (filter == null ? "" : "?finding=" + filter.name());
    }
}
