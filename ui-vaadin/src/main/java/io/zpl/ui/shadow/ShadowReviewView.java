package io.zpl.ui.shadow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListOfficialAccounts;
import io.zpl.application.port.in.ListOfficialAccounts.OaName;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.in.VerifyShadow;
import io.zpl.application.port.in.VerifyShadow.ShadowView;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.zalo.OaId;
import io.zpl.ui.layout.CurrentActor;
import io.zpl.ui.layout.KeysetPages;
import io.zpl.ui.layout.MainLayout;
import io.zpl.ui.layout.PhoneText;
import io.zpl.ui.merge.MergeDialog;
import io.zpl.ui.merge.MergeText;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
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
    private final Map<OaId, String> oaNames;

    public ShadowReviewView(
            VerifyShadow verifyShadow,
            PreviewMerge previewMerge,
            MergeContacts mergeContacts,
            ListOfficialAccounts accounts,
            CurrentActor currentActor) {
        this.verifyShadow = verifyShadow;
        this.previewMerge = previewMerge;
        this.mergeContacts = mergeContacts;
        this.actor = currentActor.get();
        this.oaNames = accounts.names(actor).stream().collect(Collectors.toMap(OaName::oaId, OaName::name));
        setSizeFull();
        add(new H2("Shadow contacts under review"));
        add(new Paragraph(
                "No business content goes to a shadow until you verify it or merge it into the real customer."));
        grid.addColumn(v -> "#" + v.shadow().id())
                .setHeader("Partner")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> v.shadow().name()).setHeader("Name");
        grid.addColumn(v -> PhoneText.of(v.shadow().phones())).setHeader("Phones");
        grid.addColumn(v -> v.shadow().links().stream()
                        .map(l -> MergeText.oa(oaNames, l.oaId()))
                        .collect(Collectors.joining(", ")))
                .setHeader("Zalo links");
        grid.addColumn(v -> v.suspectedMatches().stream()
                        .map(p -> "#" + p.id() + " " + p.name())
                        .collect(Collectors.joining(", ")))
                .setKey("matches")
                .setHeader("Suspected to be")
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setKey("actions")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        var pages = new KeysetPages<ShadowView, String>(
                (after, limit) -> {
                    var page = verifyShadow.shadows(actor, after, limit);
                    return new KeysetPages.Page<>(page.items(), page.next());
                },
                200);
        grid.setItems(query -> pages.fetch(query.getOffset(), query.getLimit()));
    }

    private Component actions(ShadowView view) {
        var verify = new Button("Verify…", e -> openVerify(view.shadow()));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var merge = new Button(
                "Merge into…",
                e -> new MergeIntoDialog(
                                view,
                                customer -> new MergeDialog(
                                                List.of(customer, view.shadow()),
                                                oaNames,
                                                previewMerge,
                                                mergeContacts,
                                                actor,
                                                this::refresh)
                                        .open())
                        .open());
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        merge.setEnabled(!view.suspectedMatches().isEmpty());
        return new HorizontalLayout(verify, merge);
    }

    void openVerify(PartnerCard shadow) {
        new VerifyShadowDialog(shadow, verifyShadow, actor, this::refresh).open();
    }
}
