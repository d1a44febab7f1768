package io.zpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.out.PartnerLinks;
import io.zpl.demo.DemoData;
import io.zpl.domain.partner.PartnerId;
import io.zpl.support.Api;
import io.zpl.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mr. Sơn's story at the send guard, in a real browser: his shadow on the Sales OA is blocked; after a CS Lead merges
 * it into him, the shadow's old id reaches him on the Sales OA. The merge is undone afterwards.
 */
class SendGuardBrowserTest extends BrowserTest {

    @Autowired
    PartnerLinks links;

    private PartnerId shadow;
    private PartnerId son;
    private String mergeId;

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

    /** Merges through the merge helper's API, as a CS Lead would (preview, then execute). */
    private void simulateMerge() {
        var lead = Api.as(baseUrl(), "lead", "lead");
        var preview = lead.post(
                "/api/v1/merges/preview", "{\"survivorId\":\"%s\",\"mergedIds\":[\"%s\"]}".formatted(son, shadow));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        var merge = lead.post(
                "/api/v1/merges",
                "{\"previewId\":\"%s\",\"reason\":\"same phone, same person\"}"
                        .formatted(preview.json().get("previewId").asString()));
        assertThat(merge.status()).as(merge.body()).isEqualTo(201);
        mergeId = merge.json().get("mergeId").asString();
    }

    /** Other test classes share the demo story: give Mr. Sơn his shadow back. */
    @AfterEach
    void undoMerge() {
        if (mergeId != null) {
            var undo = Api.as(baseUrl(), "lead", "lead").post("/api/v1/merges/" + mergeId + "/undo", "{}");
            assertThat(undo.status()).as(undo.body()).isEqualTo(200);
        }
    }
}
