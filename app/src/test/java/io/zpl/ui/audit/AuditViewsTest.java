package io.zpl.ui.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import io.zpl.audit.AuditSpringTest;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** The audit's views without a browser (Karibu-Testing), signed in per role. */
class AuditViewsTest extends AuditSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.zpl.ui");

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void vaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private void signIn(String user, String... roles) {
        var authorities = java.util.Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        var auth = new UsernamePasswordAuthenticationToken(new User(user, user, authorities), user, authorities);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> List.of(roles).contains(role));
    }

    private void admin() {
        signIn("admin", "ZALO_ADMIN", "CS_LEAD", "AGENT");
    }

    @Test
    void the_admin_filters_the_sales_oa_to_shadows_and_finds_mr_son() {
        admin();
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SALES_OA + "/partners");
        var view = _get(ZaloPartnersView.class);

        view.chips.get(io.zpl.domain.audit.Finding.SHADOW_UNVERIFIED).click();
        view.search.setValue("Son Nguyen");

        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(1);
        var row = GridKt._get(view.grid, 0);
        assertThat(row.link().zaloUserId().value()).isEqualTo("3000000000000000002");
        assertThat(row.partner().isShadow()).isTrue();
        assertThat(GridKt._getFormatted(view.grid, 0, "name")).isEqualTo("Son Nguyen");
    }

    @Test
    void the_grid_pages_lazily_through_an_oa_without_repeating_rows() {
        admin();
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SUPPORT_OA + "/partners");
        var view = _get(ZaloPartnersView.class);

        var rows = GridKt._fetch(view.grid, 0, 120);
        assertThat(rows).hasSizeGreaterThan(50);
        assertThat(rows.stream().map(r -> r.link().id()).toList()).doesNotHaveDuplicates();
        assertThat(GridKt._fetch(view.grid, 50, 10)).isEqualTo(rows.subList(50, 60));
    }

    @Test
    void the_oa_page_shows_the_readiness_checks_and_which_fail() {
        admin();
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SALES_OA);
        var view = _get(OfficialAccountView.class);

        assertThat(_get(Span.class, spec -> spec.withId("readiness-verdict")).getText())
                .isEqualTo("Not ready yet");
        assertThat(view.checks.getChildren()).hasSize(3);
        assertThat(view.checks.getChildren().filter(c -> c.getId().orElse("").equals("check-PROFILES_CURRENT")))
                .singleElement()
                .satisfies(c ->
                        assertThat(c.getElement().getAttribute("data-passed")).isEqualTo("false"));
    }

    @Test
    void the_link_form_shows_the_profile_the_partner_and_the_findings() {
        admin();
        UI.getCurrent().navigate("official-accounts/" + AuditSpringTest.SALES_OA + "/partners");
        var grid = _get(ZaloPartnersView.class).grid;
        var son = GridKt._fetch(grid, 0, 500).stream()
                .filter(r -> r.link().zaloUserId().value().equals("3000000000000000002"))
                .findFirst()
                .orElseThrow();
        grid.select(son);

        var form = _get(PartnerLinkView.class);
        assertThat(form.title.getText()).isEqualTo("Son Nguyen on Sales OA");
        assertThat(_get(Span.class, spec -> spec.withId("partner-status")).getText())
                .isEqualTo("SHADOW");
        assertThat(
                        _find(
                                form,
                                Span.class,
                                spec -> spec.withText(
                                        "Recommended action: Keep under review; verify the customer before any business operation.")))
                .hasSize(1);
    }

    @Test
    void agents_and_cs_leads_are_told_they_miss_the_zalo_admin_permission() {
        for (String role : new String[] {"AGENT", "CS_LEAD"}) {
            signIn("someone", role);
            for (String route : new String[] {
                "official-accounts/" + AuditSpringTest.SALES_OA + "/partners",
                "official-accounts/" + AuditSpringTest.SALES_OA,
                "partner-links/1"
            }) {
                UI.getCurrent().navigate(route);
                assertThat(_find(
                                com.vaadin.flow.component.html.H2.class,
                                spec -> spec.withText("Missing Zalo Admin permission — ask an administrator")))
                        .as(role + " " + route)
                        .hasSize(1);
            }
        }
    }
}
