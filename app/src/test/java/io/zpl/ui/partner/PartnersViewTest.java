package io.zpl.ui.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.zpl.application.port.in.FindPartners.PartnerCard;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.support.UiTest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Finding a partner the ways a person types them: name without accents, phone in any form, Zalo user id. */
class PartnersViewTest extends UiTest {

    @Autowired
    PartnerLinks links;

    private PartnersView view;
    private PartnerId son;
    private PartnerId shadow;

    @BeforeEach
    void openPartners() {
        son = links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId();
        shadow = links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate(PartnersView.class);
        view = _get(PartnersView.class);
    }

    private List<PartnerId> found(String text, @Nullable PartnerStatus status) {
        view.search.setValue(text);
        view.status.setValue(status);
        return GridKt._fetch(view.grid, 0, 500).stream()
                .map(PartnerCard::partner)
                .map(p -> p.id())
                .toList();
    }

    @Test
    void a_name_typed_without_diacritics_finds_mr_son() {
        assertThat(found("nguyen van son", null)).contains(son);
        assertThat(found("Nguyễn Văn Sơn", null)).contains(son);
    }

    @Test
    void his_phone_in_any_form_finds_him_and_his_shadow() {
        for (String phone : List.of("0912 345 678", "84912345678", "+84 912 345 678")) {
            assertThat(found(phone, null)).as(phone).contains(son, shadow);
        }
    }

    @Test
    void a_zalo_user_id_finds_the_partner_linked_to_it() {
        assertThat(found(DemoData.SON_ON_SALES.value(), null)).containsExactly(shadow);
    }

    @Test
    void the_status_filter_narrows_the_search() {
        assertThat(found("0912345678", PartnerStatus.SHADOW)).containsExactly(shadow);
        assertThat(found("0912345678", PartnerStatus.VERIFIED)).containsExactly(son);
    }

    @Test
    void without_a_search_the_grid_pages_lazily_through_every_live_partner_once() {
        var all = found("", null);

        assertThat(all).hasSizeGreaterThan(PartnersView.PAGE).doesNotHaveDuplicates();
        assertThat(GridKt._fetch(view.grid, PartnersView.PAGE, 10).stream()
                        .map(c -> c.partner().id())
                        .toList())
                .isEqualTo(all.subList(PartnersView.PAGE, PartnersView.PAGE + 10));
        assertThat(GridKt._getFormatted(view.grid, all.indexOf(son), "name")).isEqualTo("Nguyễn Văn Sơn");
    }

    @Test
    void clicking_a_partner_opens_the_partner_page() {
        found("nguyen van son", PartnerStatus.VERIFIED);
        int row = GridKt._fetch(view.grid, 0, 500).stream()
                .map(c -> c.partner().id())
                .toList()
                .indexOf(son);

        GridKt._clickItem(view.grid, row);

        assertThat(_get(PartnerView.class).title.getText()).isEqualTo("Nguyễn Văn Sơn");
    }
}
