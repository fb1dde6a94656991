package org.welfareintelligence.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * An organisation's coordinator opens "Routes and schedules", plans the sample day and gets one coloured line
 * per operator with numbered stops, the stop lists and the day-sheet links; then the same on a phone.
 */
class RoutesPanelBrowserTest extends BrowserTest {

    @Test
    void plansTheSampleDayFromThePanelOnADesktopAndOnAPhone() throws IOException {
        HeadlessBrowser.signInAt(browser, url("/"), "organisation", "organisation");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.wiMap && (window.wiMap.ready || !!window.wiMap.error)")));
        browser.findElement(By.cssSelector("#routes summary")).click();
        browser.findElement(By.id("routes-sample")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120))
                .withMessage(() -> "no plan; the panel says: " + browser.findElement(By.id("routes-message")).getText())
                .until(driver -> Boolean.TRUE.equals(js.executeScript(
                        "return !!((window.wiRoutes.answer && window.wiRoutes.layer) || window.wiRoutes.error)")));
        assertThat(js.executeScript("return window.wiRoutes.error")).isNull();

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) js.executeScript("""
                const plan = window.wiRoutes.answer.plan;
                let lines = 0;
                window.wiRoutes.layer.eachLayer(l => { if (l instanceof L.Polyline) { lines++; } });
                return {used: plan.operatorsUsed, planned: plan.visitsPlanned, unplanned: plan.unplanned.length,
                        lines: lines, markers: document.querySelectorAll('#map .route-stop-icon').length,
                        items: document.querySelectorAll('#routes-result ol li').length,
                        pdfs: document.querySelectorAll('#routes-result a[href$=".pdf"]').length,
                        summary: document.querySelector('#routes-result .summary').textContent};""");
        assertThat(((Number) shown.get("planned")).intValue() + ((Number) shown.get("unplanned")).intValue())
                .isEqualTo(SampleDays.VISITS);
        assertThat(((Number) shown.get("planned")).intValue()).isGreaterThan(30);
        assertThat(shown.get("lines")).isEqualTo(shown.get("used"));
        assertThat(shown.get("markers")).isEqualTo(shown.get("planned"));
        assertThat(shown.get("items")).isEqualTo(shown.get("planned"));
        assertThat(((Number) shown.get("pdfs")).intValue()).isEqualTo(4);
        assertThat((String) shown.get("summary")).contains("of 40 visits planned");
        js.executeScript("document.getElementById('routes-result').scrollIntoView()");
        HeadlessBrowser.screenshot(browser, "routes-desktop");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.cssSelector(".sheet-handle")).click();
        js.executeScript("document.getElementById('routes').scrollIntoView()");
        assertThat(browser.findElement(By.id("routes-result")).isDisplayed()).isTrue();
        assertThat(((Number) js.executeScript("return document.getElementById('routes').getBoundingClientRect().right"))
                .doubleValue()).isLessThanOrEqualTo(390);
        HeadlessBrowser.screenshot(browser, "routes-phone");
    }
}
