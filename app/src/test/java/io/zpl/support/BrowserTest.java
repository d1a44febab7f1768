package io.zpl.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** End-to-end tests in real headless Chromium ({@link Chromium}) against the whole server. */
public abstract class BrowserTest extends AppTest {

    protected static final Path SCREENSHOTS = Path.of("target", "e2e");

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = Chromium.start(getClass());
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void logIn(String user, String password) {
        browser.get(baseUrl() + "/login");
        WebElement username =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        username.sendKeys(user);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit], vaadin-login-form vaadin-button"))
                .click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    protected void waitForText(String text) {
        try {
            wait.until(driver -> driver.getPageSource().contains(text));
        } catch (RuntimeException e) {
            screenshot(getClass().getSimpleName() + "-missing-" + text.replaceAll("\\W+", "-"));
            throw e;
        }
    }

    protected void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
