package io.zpl.ui.partner;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.zpl.adapters.zalo.sandbox.ZaloSandbox;
import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.MergeContacts;
import io.zpl.application.port.in.PreviewMerge;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.application.port.out.Partners;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.Finding;
import io.zpl.domain.guard.Decision;
import io.zpl.domain.guard.ReasonCode;
import io.zpl.domain.merge.MergePlan;
import io.zpl.domain.partner.PartnerId;
import io.zpl.support.UiTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartnerViewTest extends UiTest {

    @Autowired
    PartnerLinks links;

    @Autowired
    Partners partners;

    @Autowired
    ZaloSandbox sandbox;

    @Autowired
    PreviewMerge previewMerge;

    @Autowired
    MergeContacts mergeContacts;

    private PartnerId sonsShadow() {
        return links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();
    }

    private PartnerId son() {
        return links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId();
    }

    @Test
    void an_agent_sees_that_mr_sons_shadow_is_blocked_on_the_sales_oa_and_why() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate("partners/" + sonsShadow());

        var view = _get(PartnerView.class);
        assertThat(view.title.getText()).isEqualTo("Son Nguyen");
        var sales = GridKt._findAll(view.readiness).stream()
                .filter(r -> r.oaId().equals(DemoData.SALES_OA))
                .findFirst()
                .orElseThrow();
        assertThat(sales.decision()).isEqualTo(Decision.BLOCK);
        assertThat(sales.reasons()).anyMatch(r -> r.code() == ReasonCode.SHADOW_UNVERIFIED);
        assertThat(GridKt._getFormatted(view.readiness, 0, "oa")).isEqualTo("Sales OA");
        assertThat(GridKt._getFormatted(view.records, 0, "ref")).isEqualTo("QUO-2026-0001");
    }

    @Test
    void mr_sons_page_lists_his_invoices_and_his_open_balance() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate("partners/" + son());

        var view = _get(PartnerView.class);
        assertThat(view.title.getText()).isEqualTo("Nguyễn Văn Sơn");
        assertThat(GridKt._size(view.records)).isEqualTo(2);
        assertThat(view.balance.getText()).contains("14.900.000 VND");
        assertThat(view.notice.isVisible()).isFalse();
    }

    @Test
    void mr_sons_page_shows_who_he_is_and_his_support_link_with_its_findings() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate("partners/" + son());

        var view = _get(PartnerView.class);
        assertThat(view.identity.phones.getText()).isEqualTo("0912 345 678");
        assertThat(view.identity.email.getText()).isEqualTo("son.nguyen@example.vn");
        assertThat(view.identity.address.getText()).isEqualTo("12 Lý Thường Kiệt, Hà Nội");
        assertThat(view.identity.origin.getText()).isEqualTo("ERP");
        assertThat(view.identity.status.getElement().getTextRecursively()).isEqualTo("Verified");
        var support = GridKt._findAll(view.links).stream()
                .filter(l -> l.audited().link().oaId().equals(DemoData.SUPPORT_OA))
                .findFirst()
                .orElseThrow();
        assertThat(support.oaName()).isEqualTo("Support OA");
        assertThat(support.audited().link().zaloUserId()).isEqualTo(DemoData.SON_ON_SUPPORT);
        assertThat(support.audited().findings()).doesNotContain(Finding.SHADOW_UNVERIFIED);
        assertThat(view.merges.getElement().getTextRecursively()).contains("open to CS Leads");
    }

    @Test
    void an_old_id_opens_the_survivor_with_a_notice_and_the_merge_in_its_history() {
        var survivor = FreshPartner.onSupportOa("Phạm Văn Gộp", partners, links, sandbox)
                .id();
        var merged = FreshPartner.onSupportOa("Pham Van Gop", partners, links, sandbox)
                .id();
        var lead = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));
        var preview = previewMerge.preview(lead, new MergePlan(survivor, List.of(merged), Map.of()));
        mergeContacts.merge(lead, preview.previewId(), "same person, two Zalo accounts");
        logInAs("lead", Role.CS_LEAD, Role.AGENT);

        UI.getCurrent().navigate("partners/" + merged);

        var view = _get(PartnerView.class);
        assertThat(view.title.getText()).isEqualTo("Phạm Văn Gộp");
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText())
                .isEqualTo("Partner " + merged + " was merged into Phạm Văn Gộp (partner " + survivor
                        + "): you are looking at the survivor.");
        assertThat(GridKt._size(view.merges.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.merges.grid, 0, "merged")).isEqualTo(merged + " → " + survivor);
        assertThat(GridKt._size(view.links))
                .as("both Zalo accounts are his now")
                .isEqualTo(2);
    }

    @Test
    void an_unknown_id_says_so() {
        logInAs("agent", Role.AGENT);
        UI.getCurrent().navigate("partners/987654321");

        var view = _get(PartnerView.class);
        assertThat(view.title.getText()).isEqualTo("No such partner");
        assertThat(view.notice.getText()).contains("987654321");
    }

    @Test
    void a_csv_with_bad_rows_is_previewed_with_every_problem_and_cannot_be_imported() {
        logInAs("admin", Role.ZALO_ADMIN, Role.CS_LEAD, Role.AGENT);
        UI.getCurrent().navigate(PartnersView.class);
        _get(PartnersView.class).importRecords.click();
        var dialog = _get(ImportRecordsDialog.class);

        dialog.preview(("kind,externalRef,partnerId,amount\n" + "INVOICE,UI-1," + son() + ",100\n"
                        + "INVOICE,UI-2,abc,100\n" + "INVOICE,UI-1," + son() + ",200\n" + "INVOICE,UI-3," + son()
                        + ",1x\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.summary.getText()).contains("3 problems in 4 records", "Nothing will be imported");
        assertThat(GridKt._size(dialog.errors)).isEqualTo(3);

        dialog.preview(("kind,externalRef,partnerId,amount\nINVOICE,UI-OK-1," + son() + ",100\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).isEqualTo("1 record ready to import (1 invoice).");
        assertThat(dialog.importButton.isEnabled()).isTrue();
    }

    @Test
    void only_a_zalo_admin_gets_the_import_button() {
        logInAs("lead", Role.CS_LEAD, Role.AGENT);
        UI.getCurrent().navigate(PartnersView.class);

        assertThat(_get(PartnersView.class).importRecords).isNull();
    }
}
