package org.welfareintelligence.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * A planner opens "Plan new centres", asks for 3 new home-care centres, follows the progress bar and gets
 * the chosen sites on the map with the summary and download links.
 */
class SitingPageBrowserTest extends BrowserTest {

    @Test
    void plansThreeNewHomeCareCentresFromThePanel() throws IOException {
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        browser.findElement(By.cssSelector("#siting summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return !!(window.wiSiting && window.wiSiting.ready)")));
        assertThat(browser.findElement(By.id("siting-service")).getAttribute("value")).isEqualTo("HOME_CARE");
        // each model shows the fields it reads: set covering chooses how many sites, a budget needs money
        Select model = new Select(browser.findElement(By.id("siting-model")));
        model.selectByValue("set-covering");
        assertThat(browser.findElement(By.id("siting-p")).isDisplayed()).isFalse();
        model.selectByValue("budget-covering");
        assertThat(browser.findElement(By.id("siting-budget")).isDisplayed()).isTrue();
        model.selectByValue("p-median");
        assertThat(browser.findElement(By.id("siting-p")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("siting-budget")).isDisplayed()).isFalse();
        browser.findElement(By.id("siting-p")).clear();
        browser.findElement(By.id("siting-p")).sendKeys("3");
        browser.findElement(By.id("siting-phasing")).sendKeys("1, 2");
        browser.findElement(By.id("siting-run")).click();

        new WebDriverWait(browser, Duration.ofSeconds(120))
                .withMessage(() -> "no result; the panel says: " + browser.findElement(By.id("siting-message")).getText())
                .until(driver -> Boolean.TRUE.equals(js.executeScript(
                        "return !!(window.wiSiting.result || window.wiSiting.error)")));
        assertThat(js.executeScript("return window.wiSiting.error")).isNull();

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) js.executeScript("""
                const s = window.wiSiting;
                return {markers: document.querySelectorAll('#map .new-site-icon').length,
                        progressEvents: s.status ? s.status.state : null,
                        rows: document.querySelectorAll('#siting-summary table tr').length,
                        links: document.querySelectorAll('#siting-summary a[download]').length,
                        years: Array.from(document.querySelectorAll('#siting-summary .siting-phasing tr'))
                            .slice(1).map(tr => tr.cells[1].textContent),
                        gain: (document.querySelector('#siting-summary .gain') || {}).textContent || ''};""");
        assertThat(((Number) shown.get("markers")).intValue()).isEqualTo(3);
        assertThat(shown.get("progressEvents")).isEqualTo("SUCCEEDED");
        assertThat(((Number) shown.get("rows")).intValue()).isGreaterThan(5);
        assertThat(((Number) shown.get("links")).intValue()).isEqualTo(3);
        assertThat((String) shown.get("gain")).startsWith("Total travel −");
        // one new site in the first year, the other two in the second
        @SuppressWarnings("unchecked")
        List<String> opens = (List<String>) shown.get("years");
        assertThat(opens).hasSize(2);
        assertThat(opens.get(0).split(", ")).hasSize(1);
        assertThat(opens.get(1).split(", ")).hasSize(2);

        HeadlessBrowser.screenshot(browser, "siting");
    }
}
