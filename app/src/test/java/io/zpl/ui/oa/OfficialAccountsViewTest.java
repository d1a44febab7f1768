package io.zpl.ui.oa;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import io.zpl.domain.access.Role;
import io.zpl.support.UiTest;
import io.zpl.ui.login.LoginView;
import org.junit.jupiter.api.Test;

class OfficialAccountsViewTest extends UiTest {

    @Test
    void a_zalo_admin_sees_every_oa_with_a_zalo_partners_button() {
        logInAs("admin", Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT);
        UI.getCurrent().navigate(OfficialAccountsView.class);

        var view = _get(OfficialAccountsView.class);
        // other tests may add OAs to the shared database: every listed OA has its button, the demo ones included
        int rows = GridKt._size(view.grid);
        assertThat(rows).isGreaterThanOrEqualTo(3);
        assertThat(((Anchor) GridKt._getCellComponent(view.grid, 0, "name")).getText())
                .isEqualTo("Sales OA");
        for (int row = 0; row < rows; row++) {
            var button = (Button) GridKt._getCellComponent(view.grid, row, "zaloPartners");
            assertThat(button.getText()).isEqualTo("Zalo Partners");
        }
    }

    @Test
    void an_agent_sees_the_oas_without_the_zalo_partners_button() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate(OfficialAccountsView.class);

        var view = _get(OfficialAccountsView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(3);
        assertThat(view.grid.getColumnByKey("zaloPartners")).isNull();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        UI.getCurrent().navigate(OfficialAccountsView.class);

        _get(LoginView.class);
    }
}
