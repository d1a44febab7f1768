package io.zpl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.zpl.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class OfficialAccountsBrowserTest extends BrowserTest {

    @Test
    void admin_sees_the_three_demo_oas_and_their_zalo_partners_buttons() {
        logIn("admin", "admin");

        waitForText("Support OA");
        waitForText("Sales OA");
        waitForText("Shop OA");
        // other tests may add OAs to the shared database: every listed OA has its button, the demo ones included
        wait.until(driver -> driver.findElements(By.cssSelector("vaadin-button.zalo-partners-button"))
                        .size()
                >= 3);
        screenshot("official-accounts");
    }

    @Test
    void an_agent_sees_the_oas_but_no_zalo_partners_button() {
        logIn("agent", "agent");

        waitForText("Support OA");
        assertThat(browser.findElements(By.cssSelector("vaadin-button.zalo-partners-button")))
                .isEmpty();
        screenshot("official-accounts-agent");
    }
}
