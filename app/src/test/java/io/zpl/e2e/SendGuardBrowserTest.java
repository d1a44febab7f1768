package io.zpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.PartnerLinks;
import io.zpl.demo.DemoData;
import io.zpl.domain.partner.PartnerId;
import io.zpl.support.BrowserTest;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mr. Sơn's story at the send guard, in a real browser. The merge helper's merge is not on this branch yet, so the
 * merge of his shadow into him is simulated in SQL (link and quote re-pointed, shadow tombstoned) and undone after.
 */
class SendGuardBrowserTest extends BrowserTest {

    @Autowired
    PartnerLinks links;

    @Autowired
    Jdbi jdbi;

    private PartnerId shadow;
    private PartnerId son;
    private boolean merged;

    @Test
    void mr_sons_shadow_is_blocked_on_the_sales_oa_and_after_the_merge_his_old_id_reaches_him_there() {
        shadow = links.find(DemoData.SALES_OA, DemoData.SON_ON_SALES)
                .orElseThrow()
                .partnerId();
        son = links.find(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT)
                .orElseThrow()
                .partnerId();
        logIn("agent", "agent");

        browser.get(baseUrl() + "/partners/" + shadow);
        waitForText("Son Nguyen");
        waitForText("SHADOW_UNVERIFIED");
        waitForText("Blocked");
        assertThat(browser.getPageSource()).contains("is a shadow contact nobody has verified yet");
        screenshot("send-guard-shadow-blocked");

        simulateMerge();
        browser.get(baseUrl() + "/partners/" + shadow);
        waitForText("was merged into Nguyễn Văn Sơn");
        waitForText(DemoData.SON_ON_SALES.value());
        assertThat(browser.getPageSource()).doesNotContain("SHADOW_UNVERIFIED");
        wait.until(driver -> driver.getCurrentUrl().contains("/partners/" + son + "?mergedFrom=" + shadow));
        screenshot("send-guard-after-merge");
    }

    private void simulateMerge() {
        jdbi.useTransaction(h -> {
            h.execute("UPDATE partner_link SET partner_id = ? WHERE partner_id = ?", son.value(), shadow.value());
            h.execute("UPDATE sales_order SET partner_id = ? WHERE partner_id = ?", son.value(), shadow.value());
            h.execute(
                    "UPDATE partner SET status = 'MERGED', merged_into = ? WHERE partner_id = ?",
                    son.value(),
                    shadow.value());
        });
        merged = true;
    }

    @AfterEach
    void undoSimulatedMerge() {
        if (!merged) {
            return;
        }
        jdbi.useTransaction(h -> {
            h.execute("UPDATE partner SET status = 'SHADOW', merged_into = NULL WHERE partner_id = ?", shadow.value());
            h.execute(
                    "UPDATE partner_link SET partner_id = ? WHERE oa_id = ? AND zalo_user_id = ?",
                    shadow.value(),
                    DemoData.SALES_OA.value(),
                    DemoData.SON_ON_SALES.value());
            h.execute("UPDATE sales_order SET partner_id = ? WHERE external_ref = 'QUO-2026-0001'", shadow.value());
        });
    }
}
