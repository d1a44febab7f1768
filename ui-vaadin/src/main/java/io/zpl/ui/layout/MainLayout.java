package io.zpl.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.zpl.application.port.in.Actor;
import io.zpl.domain.access.Role;
import io.zpl.ui.duplicates.DuplicatesView;
import io.zpl.ui.events.ZaloEventsView;
import io.zpl.ui.merge.MergeHistoryView;
import io.zpl.ui.oa.OfficialAccountsView;
import io.zpl.ui.shadow.ShadowReviewView;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentActor currentActor) {
        Actor actor = currentActor.get();
        var title = new H1("Zalo Partner Links");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        var who = new Span(actor.username() + " · "
                + actor.roles().stream().map(Role::title).sorted().collect(Collectors.joining(", ")));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        var logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> currentActor.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        var header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        var nav = new SideNav();
        nav.addItem(new SideNavItem("Official Accounts", OfficialAccountsView.class, VaadinIcon.BUILDING.create()));
        nav.addItem(new SideNavItem("Partners", io.zpl.ui.partner.PartnersView.class, VaadinIcon.USER_CARD.create()));
        if (actor.has(Role.ZALO_ADMIN)) {
            nav.addItem(new SideNavItem("Zalo Events", ZaloEventsView.class, VaadinIcon.EXCHANGE.create()));
        }
        if (actor.has(Role.CS_LEAD)) {
            nav.addItem(new SideNavItem("Duplicates", DuplicatesView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Shadow review", ShadowReviewView.class, VaadinIcon.EYE.create()));
            nav.addItem(new SideNavItem("Merge history", MergeHistoryView.class, VaadinIcon.TIME_BACKWARD.create()));
        }
        addToDrawer(nav);
    }
}
