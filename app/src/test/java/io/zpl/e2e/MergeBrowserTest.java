package io.zpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.application.port.in.Actor;
import io.zpl.application.port.in.UndoMerge;
import io.zpl.application.port.out.PartnerCards;
import io.zpl.application.port.out.PartnerLinks;
import io.zpl.demo.DemoData;
import io.zpl.domain.access.Role;
import io.zpl.domain.audit.OaReadiness;
import io.zpl.domain.oa.OaStatus;
import io.zpl.domain.partner.PartnerCard;
import io.zpl.domain.partner.PartnerId;
import io.zpl.domain.partner.PartnerStatus;
import io.zpl.support.BrowserTest;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue's story in real headless Chromium: a CS Lead merges Mr. Sơn's shadow (Sales OA) into his verified record
 * (Support OA) through the duplicates queue and the merge dialog, sees his balance and both links on one partner and
 * the Sales OA's count of partners in suspected duplicates drop by one, then undoes the merge from the history.
 */
class MergeBrowserTest extends BrowserTest {

    private static final Actor LEAD = new Actor("lead", Set.of(Role.CS_LEAD, Role.AGENT));

    /** The text of the cell in column {@code header} of the grid row that has a cell reading {@code rowText}. */
    private static final String CELL_IN_ROW = """
            const [rowText, header] = arguments;
            const text = c => c.textContent.trim();
            const contents = [...document.querySelectorAll('vaadin-grid-cell-content')];
            const head = contents.find(c => text(c) === header);
            const key = contents.find(c => text(c) === rowText);
            if (!head || !key || !head.assignedSlot || !key.assignedSlot) return null;
            const column = [...head.assignedSlot.parentElement.parentElement.children]
                .indexOf(head.assignedSlot.parentElement);
            const cell = key.assignedSlot.parentElement.parentElement.children[column];
            const content = cell && cell.querySelector('slot').assignedElements()[0];
            return content ? text(content) : null;
            """;

    /** The button reading {@code label} in the grid row that has a cell containing {@code rowText}. */
    private static final String BUTTON_IN_ROW = """
            const [rowText, label] = arguments;
            const key = [...document.querySelectorAll('vaadin-grid-cell-content')]
                .find(c => c.textContent.includes(rowText));
            if (!key || !key.assignedSlot) return null;
            for (const cell of key.assignedSlot.parentElement.parentElement.children) {
                const content = cell.querySelector('slot')?.assignedElements()[0];
                const button = content && [...content.querySelectorAll('vaadin-button')]
                    .find(b => b.textContent.trim() === label);
                if (button) return button;
            }
            return null;
            """;

    @Autowired
    PartnerLinks links;

    @Autowired
    PartnerCards cards;

    @Autowired
    UndoMerge undo;

    private Long mergeToUndo;

    @Test
    void a_cs_lead_merges_mr_sons_shadow_into_him_sees_one_partner_and_undoes_it() {
        PartnerId son = partnerOf(DemoData.SUPPORT_OA, DemoData.SON_ON_SUPPORT);
        PartnerId shadow = partnerOf(DemoData.SALES_OA, DemoData.SON_ON_SALES);
        assertThat(shadow)
                .as("Mr. Sơn's shadow is his own partner (no other test left it merged)")
                .isNotEqualTo(son);
        List<PartnerCard> before = cards.cards(List.of(son, shadow));
        assertThat(before.get(1).status()).isEqualTo(PartnerStatus.SHADOW);
        logIn("lead", "lead");

        long duplicatesBefore = salesOaSuspectedDuplicates();
        screenshot("merge-1-oa-list-before");

        browser.get(baseUrl() + "/duplicates");
        clickInRow("#" + shadow + " Son Nguyen", "Merge…");
        waitForText("Survivor (keeps its id)");
        waitForText("Support OA: #" + son);
        waitForText("Sales OA: #" + shadow);
        waitForText("Quotes and orders");
        waitForText("Balance of the survivor");
        screenshot("merge-2-dialog-preview");

        browser.findElement(By.cssSelector("vaadin-text-area textarea"))
                .sendKeys("Same phone 0912 345 678; he confirmed both Zalo accounts are his");
        browser.findElement(By.id("confirm-merge")).click();
        waitForText("Merged into #" + son + " Nguyễn Văn Sơn");
        var journal = Pattern.compile("journal #(\\d+)").matcher(browser.getPageSource());
        assertThat(journal.find()).isTrue();
        mergeToUndo = Long.parseLong(journal.group(1));
        String salesReaudit = browser.findElement(By.id("reaudit-" + DemoData.SALES_OA.value()))
                .getText();
        assertThat(salesReaudit).startsWith("Sales OA: ").contains(crossOaDetail(duplicatesBefore - 1));
        screenshot("merge-3-reaudit");

        browser.get(baseUrl() + "/partners/" + son);
        waitForText(DemoData.SON_ON_SUPPORT.value());
        waitForText(DemoData.SON_ON_SALES.value());
        waitForText("Open balance: " + vnd(before) + " VND in " + documents(before) + " documents");
        screenshot("merge-4-one-partner");

        assertThat(salesOaSuspectedDuplicates()).isEqualTo(duplicatesBefore - 1);
        screenshot("merge-5-oa-list-after");

        browser.get(baseUrl() + "/merges");
        clickInRow("#" + mergeToUndo, "Undo");
        waitForText("Undone by lead");
        mergeToUndo = null;
        screenshot("merge-6-undone");
        assertThat(partnerOf(DemoData.SALES_OA, DemoData.SON_ON_SALES)).isEqualTo(shadow);
        assertThat(cards.cards(List.of(son, shadow))).isEqualTo(before);
        assertThat(salesOaSuspectedDuplicates()).isEqualTo(duplicatesBefore);
    }

    private PartnerId partnerOf(io.zpl.domain.zalo.OaId oa, io.zpl.domain.zalo.ZaloUserId user) {
        return links.find(oa, user).orElseThrow().partnerId();
    }

    /** The OA list's "Suspected duplicates" count of the Sales OA, as any signed-in user sees it. */
    private long salesOaSuspectedDuplicates() {
        browser.get(baseUrl() + "/");
        waitForText("Sales OA");
        return wait.until(driver -> {
            Object cell = ((JavascriptExecutor) driver).executeScript(CELL_IN_ROW, "Sales OA", "Suspected duplicates");
            return cell == null || cell.toString().isBlank() ? null : Long.valueOf(cell.toString());
        });
    }

    private void clickInRow(String rowText, String label) {
        try {
            wait.until(driver ->
                            (WebElement) ((JavascriptExecutor) driver).executeScript(BUTTON_IN_ROW, rowText, label))
                    .click();
        } catch (RuntimeException e) {
            screenshot(getClass().getSimpleName() + "-no-" + label.replaceAll("\\W+", "-") + "-button");
            throw e;
        }
    }

    /** What the readiness checkpoint says about cross-OA duplicates for this count (the domain's own wording). */
    private static String crossOaDetail(long duplicateLinks) {
        return OaReadiness.evaluate(DemoData.SALES_OA, OaStatus.CONNECTED, 1, duplicateLinks, 0)
                .checks()
                .get(1)
                .detail();
    }

    private static String vnd(List<PartnerCard> partners) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"))
                .format(partners.stream()
                        .map(PartnerCard::openBalance)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }

    private static long documents(List<PartnerCard> partners) {
        return partners.stream().mapToLong(PartnerCard::documentCount).sum();
    }

    /** Other test classes share the demo story: never leave Mr. Sơn merged. */
    @AfterEach
    void undoTheMerge() {
        if (mergeToUndo != null) {
            undo.undo(LEAD, mergeToUndo);
        }
    }
}
