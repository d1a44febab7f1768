package io.zpl.ui.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListProfileHistory;
import io.zpl.application.port.in.NotFound;
import io.zpl.application.port.in.PermissionDenied;
import io.zpl.application.port.in.SyncProfile;
import io.zpl.application.port.in.ViewPartnerLink;
import io.zpl.application.port.in.ViewPartnerLink.LinkDetails;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.link.LinkId;
import io.zpl.domain.link.LinkMessage;
import io.zpl.domain.link.ProfileChange;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The partner link form: who Zalo says this is, which partner it maps to, the latest messages, the sync state. */
@Route(value = "partner-links/:linkId", layout = MainLayout.class)
@PageTitle("Zalo partner link · Zalo Partner Links")
@PermitAll
public class PartnerLinkView extends VerticalLayout implements BeforeEnterObserver {

    final H2 title = new H2();
    final FormLayout profile = new FormLayout();
    final Grid<LinkMessage> messages = new Grid<>();
    final VerticalLayout findings = new VerticalLayout();
    final VerticalLayout history = new VerticalLayout();

    @Nullable
    SyncProfilePanel sync;

    private final ViewPartnerLink viewLink;
    private final SyncProfile syncProfile;
    private final ListProfileHistory profileHistory;
    private final Actor actor;

    public PartnerLinkView(
            ViewPartnerLink viewLink,
            SyncProfile syncProfile,
            ListProfileHistory profileHistory,
            CurrentActor currentActor) {
        this.viewLink = viewLink;
        this.syncProfile = syncProfile;
        this.profileHistory = profileHistory;
        this.actor = currentActor.get();
        messages.addColumn(m -> m.sentAt().toString().replace('T', ' ').replaceFirst("\\..*|Z", ""))
                .setHeader("Sent (UTC)")
                .setAutoWidth(true);
        messages.addColumn(m -> m.direction().equals("IN") ? "from the person" : "from the OA")
                .setHeader("Direction")
                .setAutoWidth(true);
        messages.addColumn(m -> Objects.toString(m.text(), "(" + m.eventName() + ")"))
                .setHeader("Message")
                .setFlexGrow(1);
        messages.addThemeVariants(GridVariant.LUMO_COMPACT);
        messages.setAllRowsVisible(true);
        findings.setPadding(false);
        history.setPadding(false);
        history.setSpacing(false);
        history.setId("profile-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            render(LinkId.parse(event.getRouteParameters().get("linkId").orElse("")));
        } catch (IllegalArgumentException missing) {
            removeAll();
            add(new H2("No such Zalo partner link"), new Paragraph(missing.getMessage()));
        }
    }

    private void render(LinkId linkId) {
        removeAll();
        try {
            show(viewLink.view(actor, linkId));
        } catch (PermissionDenied denied) {
            add(new MissingPermission(denied));
        } catch (NotFound | IllegalArgumentException missing) {
            add(new H2("No such Zalo partner link"), new Paragraph(missing.getMessage()));
        }
    }

    private void show(LinkDetails details) {
        var link = details.audited().link();
        var p = link.profile();
        Instant now = Instant.now();
        String name = Objects.toString(p.displayName(), "(no Zalo name)");
        title.setText(name + " on " + details.oaName());
        var avatar = new Avatar(name);
        if (p.avatarUrl() != null) {
            avatar.setImage(p.avatarUrl());
        }
        var back = new Anchor(
                "official-accounts/" + link.oaId().value() + "/partners", "← Zalo Partners of " + details.oaName());
        add(back, new HorizontalLayout(avatar, title));
        if (actor.has(Role.ZALO_ADMIN)) {
            sync = new SyncProfilePanel(syncProfile, actor, link.id(), this::synced);
            add(sync);
        }

        profile.removeAll();
        field("Zalo name", name);
        showHistory(profileHistory.history(actor, link.id()), now);
        profile.addFormItem(history, "Earlier Zalo profile");
        field("OA alias", Objects.toString(p.alias(), "—"));
        field("Follows the OA", p.follower() == null ? "unknown" : p.follower() ? "yes" : "no");
        field("Last interaction", RelativeTime.of(p.lastInteractionAt(), now, "never"));
        field(
                "Phone shared through Zalo",
                p.sharedPhone() == null ? "—" : p.sharedPhone().display());
        field("Zalo user id (this OA)", link.zaloUserId().value());
        field(
                "User id by App",
                link.userIdByApp() == null ? "—" : link.userIdByApp().value());
        var partner = details.audited().partner();
        var partnerLine = new HorizontalLayout(new Span(partner.name() + " (#" + partner.id() + ")"));
        var status = FindingBadges.styled(partner.status().name(), partner.isShadow() ? "error" : "success");
        status.setId("partner-status");
        partnerLine.add(status);
        profile.addFormItem(partnerLine, "Partner");
        field(
                "Messages",
                link.messages().count()
                        + (link.messages().lastAt() == null
                                ? ""
                                : ", last " + RelativeTime.of(link.messages().lastAt(), now, "")));
        var sync = link.sync();
        field("Profile synced", RelativeTime.of(sync.profileSyncedAt(), now, "never"));
        field(
                "Last sync attempt",
                sync.lastOutcome() == null
                        ? "none yet"
                        : sync.lastOutcome() + " " + RelativeTime.of(sync.lastAttemptAt(), now, "")
                                + (sync.zaloErrorMessage() == null ? "" : " — Zalo said: " + sync.zaloErrorMessage()));
        add(new H3("Zalo profile, partner and sync state"), profile);

        findings.removeAll();
        for (Finding finding : details.audited().orderedFindings()) {
            findings.add(finding(finding));
        }
        if (details.audited().findings().isEmpty()) {
            findings.add(new Span("No findings: this link is ready for business operations."));
        }
        add(new H3("Findings"), findings);
        messages.setItems(details.latestMessages());
        add(new H3("Latest " + ViewPartnerLink.LATEST_MESSAGES + " messages"), messages);
    }

    /** Shows the refreshed profile and keeps saying what the sync did. */
    private void synced(SyncProfile.SyncResult result) {
        render(result.link().id());
        if (sync != null) {
            sync.status.setText(SyncProfilePanel.sentence(result));
        }
    }

    private void showHistory(List<ProfileChange> changes, Instant now) {
        history.removeAll();
        if (changes.isEmpty()) {
            history.add(new Span("— (no change seen by Sync Profile yet)"));
        }
        for (ProfileChange change : changes) {
            var was = new Span("was: " + Objects.toString(change.displayName(), "(no name)") + ", until "
                    + RelativeTime.of(change.replacedAt(), now, ""));
            var line = new HorizontalLayout();
            line.setAlignItems(Alignment.CENTER);
            if (change.avatarUrl() != null) {
                var oldAvatar = new Avatar(Objects.toString(change.displayName(), ""));
                oldAvatar.setImage(change.avatarUrl());
                line.add(oldAvatar);
            }
            line.add(was);
            history.add(line);
        }
    }

    private Component finding(Finding finding) {
        var line = new VerticalLayout(
                FindingBadges.badge(finding),
                new Span("Risk if ignored: " + finding.risk()),
                new Span("Recommended action: " + finding.action()));
        line.setPadding(false);
        line.setSpacing(false);
        line.setId("finding-" + finding.name());
        return line;
    }

    private void field(String label, String value) {
        profile.addFormItem(new Span(value), label);
    }
}
