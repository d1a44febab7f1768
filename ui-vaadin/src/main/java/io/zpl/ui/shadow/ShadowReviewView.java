package io.zpl.ui.shadow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.Conflict;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.VerifyShadow;
import io.zpl.application.port.in.VerifyShadow.ShadowView;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.MainLayout;
import io.zpl.ui.merge.MergeDialog;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Shadow contacts under review: verify who they are, or merge them into the real customer. */
@Route(value = "shadows", layout = MainLayout.class)
@PageTitle("Shadow review · Zalo Partner Links")
@RolesAllowed("CS_LEAD")
public class ShadowReviewView extends VerticalLayout {

    final Grid<ShadowView> grid = new Grid<>();
    private final VerifyShadow verifyShadow;
    private final PreviewMerge previewMerge;
    private final MergeContacts mergeContacts;
    private final Actor actor;

    public ShadowReviewView(
            VerifyShadow verifyShadow,
            PreviewMerge previewMerge,
            MergeContacts mergeContacts,
            CurrentActor currentActor) {
        this.verifyShadow = verifyShadow;
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.actor = currentActor.get();
        setSizeFull();
        add(new H2("Shadow contacts under review"));
        add(new Paragraph(
                "No business content goes to a shadow until you verify it or merge it into the real customer."));
        grid.addColumn(v -> "#" + v.shadow().id())
                .setHeader("Partner")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.shadow().name()).setHeader("Name");
        grid.addColumn(v ->
                        v.shadow().phones().stream().map(PhoneNumber::display).collect(Collectors.joining(", ")))
                .setHeader("Phones");
        grid.addColumn(v ->
                        v.shadow().links().stream().map(l -> "OA " + l.oaId()).collect(Collectors.joining(", ")))
                .setHeader("Zalo links");
        grid.addColumn(v -> v.suspectedMatches().stream()
                        .map(p -> "#" + p.id() + " " + p.name())
                        .collect(Collectors.joining(", ")))
                .setHeader("Suspected to be");
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(query -> {
            List<ShadowView> rows = new ArrayList<>();
            String after = null;
            int wanted = query.getOffset() + query.getLimit();
            while (rows.size() < wanted) {
                var page = verifyShadow.shadows(actor, after, 200);
                rows.addAll(page.items());
                after = page.next();
                if (after == null) {
                    break;
                }
            }
            return rows.stream().skip(query.getOffset()).limit(query.getLimit());
        });
    }

    private Component actions(ShadowView view) {
        var verify = new Button("Verify…", e -> openVerify(view.shadow()));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var merge = new Button("Merge into…", e -> {
            List<PartnerCard> partners = new ArrayList<>(view.suspectedMatches());
            partners.add(view.shadow());
            new MergeDialog(partners, previewMerge, mergeContacts, actor, this::refresh).open();
        });
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        merge.setEnabled(!view.suspectedMatches().isEmpty());
        return new HorizontalLayout(verify, merge);
    }

    void openVerify(PartnerCard shadow) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Verify #" + shadow.id());
        var name = new TextField("Name");
        name.setValue(shadow.name());
        var phones = new TextField("Phones (comma separated, added to the existing ones)");
        var email = new EmailField("Email");
        email.setValue(shadow.email() == null ? "" : shadow.email());
        dialog.add(new FormLayout(name, phones, email));
        var ok = new Button("Verify", e -> {
            try {
                var details = new PartnerDetails(
                        name.getValue(),
                        Arrays.stream(phones.getValue().split(","))
                                .filter(p -> !p.isBlank())
                                .map(PhoneNumber::parse)
                                .toList(),
                        email.getValue(),
                        null);
                verifyShadow.verify(actor, shadow.id(), details);
                dialog.close();
                Notification.show(shadow.name() + " is verified.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (IllegalArgumentException | Conflict ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }
}
