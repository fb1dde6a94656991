package org.welfareintelligence.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * The tender page as a bid writer uses it: pick a neighbourhood and a target group, check the bid, then draw
 * a zone on the map and check again — in headless Chromium over the sample city (the organisation role's
 * figures are checked through the API in ZoneReportTest).
 */
class TenderPageBrowserTest extends BrowserTest {

    @Test
    void checksABidForAnAreaAndForADrawnZone() throws IOException {
        HeadlessBrowser.signInAt(browser, url("/tender"), "admin", "admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        JavascriptExecutor js = browser;
        wait.until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('#zone-code option').length")).intValue() > 50
                && ((Number) js.executeScript(
                "return document.querySelectorAll('#zone-targets option').length")).intValue() > 100);

        new Select(browser.findElement(By.id("zone-code"))).selectByValue("20");
        browser.findElement(By.id("bid-check")).click();
        WebElement verdict = wait.until(d -> d.findElement(By.cssSelector("#bid-result .verdict")));
        assertThat(verdict.getText()).containsPattern("Score \\d+/100 — (strong|moderate|weak) match");
        assertThat(browser.findElements(By.cssSelector("#bid-result li"))).isNotEmpty()
                .anySatisfy(li -> assertThat(li.getText()).startsWith("Elderly aged 75+: rate"));

        browser.findElement(By.id("draw-start")).click();
        WebElement map = browser.findElement(By.id("tender-map"));
        int[][] corners = {{-60, -60}, {60, -60}, {60, 60}, {-60, 60}};
        for (int[] c : corners) {
            new Actions(browser).moveToElement(map, c[0], c[1]).click().perform();
        }
        browser.findElement(By.id("draw-finish")).click();
        assertThat(browser.findElement(By.id("draw-status")).getText()).startsWith("Drawn zone ready");
        js.executeScript("document.getElementById('bid-result').textContent = ''");
        browser.findElement(By.id("bid-check")).click();
        WebElement drawnVerdict = wait.until(d -> d.findElement(By.cssSelector("#bid-result .verdict")));
        assertThat(drawnVerdict.getText()).contains("match");

        HeadlessBrowser.screenshot(browser, "tender");
    }
}
