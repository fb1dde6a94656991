package org.welfareintelligence.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * A planner opens "What if: scenarios", closes a day centre next year and opens a new one on the map, simulates,
 * and reads the result: the map redrawn per year by the slider, centres coloured by the year they fill up, the
 * charts over the years with their tables, the centres' saturation years and the exports; then on a phone.
 */
class ScenarioPanelBrowserTest extends BrowserTest {

    @Test
    void buildsSimulatesAndReadsAScenarioFromThePanel() throws IOException {
        HeadlessBrowser.signInAt(browser, url("/"), "planner", "planner");
        JavascriptExecutor js = browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120));
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return window.wiMap && window.wiMap.ready && window.wiScenarios && (window.wiScenarios.ready"
                        + " || !!window.wiScenarios.error)")));
        assertThat(js.executeScript("return window.wiScenarios.error")).isNull();
        browser.findElement(By.cssSelector("#scenarios summary")).click();
        int thisYear = java.time.LocalDate.now().getYear();

        Select centres = new Select(browser.findElement(By.id("sc-centre")));
        assertThat(centres.getOptions()).isNotEmpty();
        String closed = centres.getOptions().get(0).getAttribute("value");
        new Select(browser.findElement(By.id("sc-kind"))).selectByValue("close");
        centres.selectByIndex(0);
        setValue("sc-year", thisYear + 1);
        browser.findElement(By.id("sc-add")).click();

        new Select(browser.findElement(By.id("sc-kind"))).selectByValue("open");
        assertThat(browser.findElement(By.id("sc-pick")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("sc-centre")).isDisplayed()).as("no centre to choose for an opening").isFalse();
        browser.findElement(By.id("sc-pick")).click();
        js.executeScript("const m = window.wiMap.map; m.fire('click', {latlng: m.getCenter()});");
        assertThat(js.executeScript("return window.wiScenarios.point")).isNotNull();
        setValue("sc-places", 30);
        setValue("sc-year", thisYear + 2);
        browser.findElement(By.id("sc-add")).click();
        assertThat(browser.findElements(By.cssSelector("#sc-changes li"))).hasSize(2);
        assertThat(browser.findElement(By.id("sc-changes")).getText()).contains("Closes", "New centre of 30 places");

        browser.findElement(By.id("sc-run")).click();
        wait.withMessage(() -> "no result; the panel says: " + browser.findElement(By.id("sc-message")).getText())
                .until(driver -> Boolean.TRUE.equals(js.executeScript(
                        "const s = window.wiScenarios; return !!((s.result && s.layer && s.centreLayer) || s.error)")));
        assertThat(js.executeScript("return window.wiScenarios.error")).isNull();

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) js.executeScript("""
                const s = window.wiScenarios;
                let markers = 0;
                s.centreLayer.eachLayer(() => markers++);
                return {years: s.result.years.length, sliderMax: Number(document.getElementById('sc-slider').max),
                        centres: s.result.centres.length, markers: markers,
                        closedPlaces: s.result.centres.find(c => c.code === arguments[0]).placesByYear,
                        opened: s.result.centres.filter(c => c.opened).length,
                        charts: document.querySelectorAll('#sc-charts svg polyline').length,
                        tables: document.querySelectorAll('#sc-charts table').length,
                        rows: document.querySelectorAll('#sc-centres tr').length,
                        summary: document.getElementById('sc-summary').textContent,
                        downloads: Array.from(document.querySelectorAll('#sc-downloads a')).map(a => a.getAttribute('href'))};""",
                closed);
        assertThat(shown.get("years")).isEqualTo(10L);
        assertThat(shown.get("sliderMax")).isEqualTo(9L);
        assertThat(shown.get("markers")).isEqualTo(shown.get("centres"));
        assertThat(shown.get("opened")).isEqualTo(1L);
        List<?> closedPlaces = (List<?>) shown.get("closedPlaces");
        assertThat(((Number) closedPlaces.get(0)).doubleValue()).as("open in the base year").isPositive();
        assertThat(((Number) closedPlaces.get(1)).doubleValue()).as("closed from the next year").isZero();
        assertThat(shown.get("charts")).as("people, places and baseline places; waiting in both").isEqualTo(5L);
        assertThat(shown.get("tables")).isEqualTo(2L);
        assertThat(((Number) shown.get("rows")).intValue()).isEqualTo(((Number) shown.get("centres")).intValue() + 1);
        assertThat((String) shown.get("summary")).contains("In " + (thisYear + 9) + ", against the baseline",
                "People served", "Waiting", "Newly with a centre within reach");
        assertThat((List<?>) shown.get("downloads")).hasSize(3)
                .anySatisfy(href -> assertThat((String) href).contains("result.csv?year=" + (thisYear + 9)));
        HeadlessBrowser.screenshot(browser, "scenario-desktop");
        js.executeScript("document.getElementById('sc-summary').scrollIntoView()");
        HeadlessBrowser.screenshot(browser, "scenario-desktop-result");

        // the slider redraws the map and the summary for the year chosen
        js.executeScript("const s = document.getElementById('sc-slider'); s.value = 0;"
                + "s.dispatchEvent(new Event('input'));");
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return window.wiScenarios.yearIndex === 0 && window.wiScenarios.sections.has(" + thisYear + ")")));
        assertThat(browser.findElement(By.id("sc-slider-year")).getText()).isEqualTo(String.valueOf(thisYear));
        assertThat(browser.findElement(By.id("sc-summary")).getText()).contains("In " + thisYear);

        // a centre's own chart: people assigned against its places over the years
        browser.findElement(By.cssSelector("#sc-centres button")).click();
        assertThat(browser.findElements(By.cssSelector("#sc-charts .centre-chart polyline"))).hasSize(2);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.findElement(By.cssSelector(".sheet-handle")).click();
        js.executeScript("document.getElementById('sc-result').scrollIntoView()");
        assertThat(((Number) js.executeScript(
                "return document.getElementById('scenarios').getBoundingClientRect().right")).doubleValue())
                .isLessThanOrEqualTo(390);
        HeadlessBrowser.screenshot(browser, "scenario-phone");

        // in Italian, the default language, the same panel speaks Italian
        browser.get(url("/?lang=it"));
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript("return !!(window.wiScenarios && window.wiScenarios.ready)")));
        assertThat(browser.findElement(By.cssSelector("#scenarios summary")).getAttribute("textContent"))
                .isEqualTo("E se…: scenari");
        assertThat(new Select(browser.findElement(By.id("sc-saved"))).getOptions()).hasSizeGreaterThan(1);
    }

    private void setValue(String id, Object value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
                String.valueOf(value));
    }
}
