package io.zpl.ui.shadow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.ListMerges;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.application.port.in.VerifyShadow.ShadowView;
import io.zpl.application.port.out.NewLink;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.link.MessageStats;
import io.zpl.domain.link.SyncState;
import io.zpl.domain.link.ZaloProfile;
import io.zpl.domain.partner.PartnerDetails;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.domain.partner.PhoneNumber;
import io.zpl.domain.zalo.ZaloUserId;
import io.zpl.support.UiTest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shadow review list: verify who a shadow is, or merge it into the real customer from the same screen. */
class ShadowReviewViewTest extends UiTest {

    private static final Actor LEAD = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));

    @Autowired
    Partners partners;

    @Autowired
    PartnerLinks links;

    @Autowired
    ListMerges merges;

    @Autowired
    UndoMerge undo;

    private Long mergeToUndo;

    private ShadowReviewView open() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        UI.getCurrent().navigate(ShadowReviewView.class);
        return _get(ShadowReviewView.class);
    }

    private static int rowOf(ShadowReviewView view, PartnerId shadow) {
        List<ShadowView> rows = GridKt._fetch(view.grid, 0, GridKt._size(view.grid));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).shadow().id().equals(shadow)) {
                return i;
            }
        }
        return -1;
    }

    private static Button action(ShadowReviewView view, PartnerId shadow, String text) {
        int row = rowOf(view, shadow);
        assertThat(row).as("shadow " + shadow + " is listed").isNotNegative();
        return _get(GridKt._getCellComponent(view.grid, row, "actions"), Button.class, spec -> spec.withText(text));
    }

    @Test
    void a_cs_lead_verifies_a_shadow_with_its_name_phone_and_email_and_it_leaves_the_list() {
        PartnerId shadow = shadowOnShop("Khách Zalo 0987");
        var view = open();

        action(view, shadow, "Verify…").click();
        var dialog = _get(VerifyShadowDialog.class);
        dialog.name.setValue("Phạm Minh Châu");
        dialog.phones.setValue("0912 345, 0987 654 321");
        dialog.verify.click();
        assertThat(dialog.phones.isInvalid()).isTrue();
        assertThat(dialog.phones.getErrorMessage()).contains("'0912 345' is not a phone number we understand");
        assertThat(partners.find(shadow).orElseThrow().status()).isEqualTo(PartnerStatus.SHADOW);

        dialog.phones.setValue("0987 654 321");
        dialog.email.setValue("chau.pham@example.vn");
        dialog.verify.click();

        var verified = partners.find(shadow).orElseThrow();
        assertThat(verified.status()).isEqualTo(PartnerStatus.VERIFIED);
        assertThat(verified.name()).isEqualTo("Phạm Minh Châu");
        assertThat(verified.phones()).containsExactly(PhoneNumber.parse("+84987654321"));
        assertThat(verified.email()).isEqualTo("chau.pham@example.vn");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rowOf(view, shadow)).isNegative();
    }

    @Test
    void a_name_is_required_to_verify() {
        PartnerId shadow = shadowOnShop("Khách Zalo 1234");
        var view = open();

        action(view, shadow, "Verify…").click();
        var dialog = _get(VerifyShadowDialog.class);
        dialog.name.setValue(" ");
        dialog.verify.click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("a partner needs a name");
        assertThat(partners.find(shadow).orElseThrow().status()).isEqualTo(PartnerStatus.SHADOW);
    }

    @Test
    void merge_into_opens_the_merge_dialog_with_mr_son_as_survivor_and_merges_the_shadow() {
        PartnerId shadow = links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();
        PartnerId son = links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId();
        var view = open();
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, shadow), "matches"))
                .as("his verified record, and maybe namesakes")
                .startsWith("#" + son + " Nguyễn Văn Sơn");

        action(view, shadow, "Merge into…").click();
        var into = _get(MergeIntoDialog.class);
        assertThat(into.customer.getValue().id())
                .as("the oldest verified match is offered first")
                .isEqualTo(son);
        into.next.click();
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Survivor (keeps its id)"))
                        .getListDataView()
                        .getItems())
                .as("only the shadow and the customer picked")
                .hasSize(2);
        _get(TextArea.class, spec -> spec.withLabel("Reason (journaled)"))
                .setValue("Same phone as his verified record on the Support OA");
        _get(Button.class, spec -> spec.withId("confirm-merge")).click();

        var entry = merges.list(LEAD, null, 1).items().getFirst();
        mergeToUndo = entry.mergeId();
        assertThat(entry.survivorId()).isEqualTo(son);
        assertThat(entry.mergedIds()).containsExactly(shadow);
        assertThat(_get(Div.class, spec -> spec.withId("merge-result"))
                        .getElement()
                        .getTextRecursively())
                .contains("Merged into #" + son + " Nguyễn Văn Sơn");
        assertThat(rowOf(view, shadow))
                .as("a merged shadow is no longer under review")
                .isNegative();
    }

    private PartnerId shadowOnShop(String name) {
        var partner = partners.create(PartnerStatus.SHADOW, new PartnerDetails(name, List.of(), null, null), "Zalo");
        links.create(new NewLink(
                DemoData.SHOP_OA,
                new ZaloUserId(String.valueOf(
                        3_700_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1L << 40))),
                DemoData.APP_A,
                null,
                partner.id(),
                new ZaloProfile(name, null, null, true, null, null, null, null),
                MessageStats.none(),
                SyncState.never()));
        return partner.id();
    }

    /** Other test classes share the demo story: give Mr. Sơn his shadow back. */
    @AfterEach
    void undoTheMerge() {
        if (mergeToUndo != null) {
            undo.undo(LEAD, mergeToUndo);
        }
    }
}
