package io.zpl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.support.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The guide's Step 1 in real headless Chromium: admin → Sales OA → Zalo Partners → shadows → Mr. Sơn's link. */
class AuditBrowserTest extends AuditSpringTest {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void chromium() throws Exception {
        browser = Chromium.start(getClass());
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vaadinLoginUsername")));
        browser.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(user);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(user, Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches(".*/(official-accounts)?$"));
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/e2e");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void the_admin_audits_the_sales_oa_and_opens_mr_sons_link() throws Exception {
        signIn("admin");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sales OA")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-verdict")));
        screenshot("audit-1-sales-oa-readiness");
        browser.findElement(By.id("zalo-partners")).click();

        wait.until(ExpectedConditions.elementToBeClickable(By.id("chip-SHADOW_UNVERIFIED")))
                .click();
        browser.findElement(By.cssSelector("#search input")).sendKeys("Son Nguyen");
        // the search applies after a short pause in typing: wait for the filtered list before clicking a row
        wait.until(driver -> Long.valueOf(1)
                .equals(((JavascriptExecutor) driver)
                        .executeScript("return document.querySelector('vaadin-grid').size")));
        var son = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Son Nguyen']")));
        screenshot("audit-2-zalo-partners-shadows");
        son.click();

        wait.until(ExpectedConditions.urlContains("/partner-links/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("finding-SHADOW_UNVERIFIED")));
        assertThat(browser.findElement(By.id("partner-status")).getText()).isEqualTo("SHADOW");
        assertThat(browser.getPageSource()).contains("verify the customer before any business operation");
        screenshot("audit-3-mr-son-link");
    }

    @Test
    void an_agent_is_refused_the_zalo_partners_list() throws Exception {
        signIn("agent");
        browser.get("http://localhost:" + port + "/official-accounts/" + SALES_OA + "/partners");
        var refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("missing-permission")));
        assertThat(refusal.getText()).contains("Missing Zalo Admin permission — ask an administrator");
        assertThat(browser.findElements(By.id("zalo-partners"))).isEmpty();
        screenshot("audit-4-agent-refused");
    }
}
