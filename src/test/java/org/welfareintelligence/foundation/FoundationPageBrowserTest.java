package org.welfareintelligence.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/** The foundation workspace in headless Chromium: rank three municipi on two weighted targets, save the set. */
class FoundationPageBrowserTest extends BrowserTest {

    @Test
    void ranksAndSavesAPrioritySet() throws IOException {
        jdbc.update("DELETE FROM priority_set");
        HeadlessBrowser.signInAt(browser, url("/foundation"), "admin", "admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        JavascriptExecutor js = browser;
        wait.until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('#ws-weights tr').length")).intValue() == 2
                && ((Number) js.executeScript(
                "return document.querySelectorAll('#ws-districts option:checked').length")).intValue() == 3);

        browser.findElement(By.id("ws-rank")).click();
        wait.until(d -> ((Number) js.executeScript("return window.wiWorkspace.ranked")).intValue() == 3);
        assertThat(browser.findElements(By.cssSelector("#ws-ranking tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#ws-ranking tbody tr td")).getText()).isEqualTo("1");

        browser.findElement(By.id("ws-name")).sendKeys("Call 2027 - elderly at home");
        browser.findElement(By.id("ws-save")).click();
        wait.until(d -> ((Number) js.executeScript("return window.wiWorkspace.saved")).intValue() == 1);
        assertThat(browser.findElement(By.id("ws-saved")).getText()).contains("Call 2027 - elderly at home");
        assertThat(jdbc.queryForObject("SELECT owner FROM priority_set", String.class)).isEqualTo("admin");

        HeadlessBrowser.screenshot(browser, "foundation");
    }
}
