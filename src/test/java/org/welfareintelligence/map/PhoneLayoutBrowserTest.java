package org.welfareintelligence.map;

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
 * On a 390×844 phone the map fills the screen under the header and the panel is a sheet that slides over it
 * from a button; multiple choices are checkboxes; nothing is wider than the screen. At 1366×900 the panel
 * stays beside the map. Screenshots in target/screenshots.
 */
class PhoneLayoutBrowserTest extends BrowserTest {

    private static final String GEOMETRY = """
            const box = selector => { const r = document.querySelector(selector).getBoundingClientRect();
              return {left: r.left, top: r.top, width: r.width, height: r.height}; };
            return {map: box('.layout .map'), panel: box('#panel'), viewportWidth: innerWidth, viewportHeight: innerHeight,
              pageWidth: document.documentElement.scrollWidth,
              panelShown: getComputedStyle(document.getElementById('panel')).visibility === 'visible',
              visibleMultiSelects: [...document.querySelectorAll('select[multiple]')].filter(s => s.offsetParent).length,
              checklists: document.querySelectorAll('.checklist').length};""";

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneTheMapFillsTheScreenAndThePanelIsASheet() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        Map<String, Object> closed = (Map<String, Object>) js.executeScript(GEOMETRY);
        HeadlessBrowser.screenshot(browser, "phone-map");
        Map<String, Object> map = (Map<String, Object>) closed.get("map");
        double width = number(closed, "viewportWidth");
        double height = number(closed, "viewportHeight");
        assertThat(number(closed, "pageWidth")).as("nothing spills sideways").isLessThanOrEqualTo(width);
        assertThat(number(map, "width")).isEqualTo(width);
        assertThat(number(map, "top") + number(map, "height")).isEqualTo(height);
        assertThat(number(map, "height")).isGreaterThan(height * 0.8);
        assertThat(closed.get("panelShown")).isEqualTo(false);
        assertThat(browser.findElement(By.cssSelector(".synthetic-banner")).getText()).contains("Synthetic");
        // the header links fold into a menu
        assertThat(browser.findElement(By.cssSelector(".nav a[href='/tender']")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".menu-button")).click();
        assertThat(browser.findElement(By.cssSelector(".nav a[href='/tender']")).isDisplayed()).isTrue();
        HeadlessBrowser.screenshot(browser, "phone-menu");
        browser.findElement(By.cssSelector(".menu-button")).click();

        browser.findElement(By.cssSelector(".sheet-handle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "const r = document.getElementById('panel').getBoundingClientRect(); return r.bottom <= innerHeight + 1;")));
        browser.findElement(By.cssSelector("#analyse summary")).click();
        Map<String, Object> open = (Map<String, Object>) js.executeScript(GEOMETRY);
        HeadlessBrowser.screenshot(browser, "phone-map-panel");
        assertThat(open.get("panelShown")).isEqualTo(true);
        assertThat(number((Map<String, Object>) open.get("panel"), "width")).isEqualTo(width);
        assertThat(number(open, "visibleMultiSelects")).as("no Ctrl-click lists").isZero();
        assertThat(number(open, "checklists")).isPositive();

        browser.findElement(By.cssSelector(".sheet-handle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> Boolean.FALSE.equals(
                ((Map<String, Object>) js.executeScript(GEOMETRY)).get("panelShown")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFinderOnAPhoneAndTheMapOnADesktop() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/find"));
        JavascriptExecutor js = browser;
        Map<String, Object> finder = (Map<String, Object>) js.executeScript(GEOMETRY);
        HeadlessBrowser.screenshot(browser, "phone-find");
        assertThat(number(finder, "pageWidth")).isLessThanOrEqualTo(number(finder, "viewportWidth"));
        assertThat(number((Map<String, Object>) finder.get("map"), "width")).isEqualTo(number(finder, "viewportWidth"));
        assertThat(browser.findElement(By.cssSelector(".sheet-handle")).getText()).isEqualTo("Search");

        browser.manage().window().setSize(new Dimension(1366, 900));
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        Map<String, Object> desktop = (Map<String, Object>) js.executeScript(GEOMETRY);
        HeadlessBrowser.screenshot(browser, "desktop-map");
        Map<String, Object> panel = (Map<String, Object>) desktop.get("panel");
        assertThat(desktop.get("panelShown")).isEqualTo(true);
        assertThat(number(desktop, "pageWidth")).as("an administrator's header fits").isLessThanOrEqualTo(1366);
        assertThat(number(panel, "left")).isZero();
        assertThat(number((Map<String, Object>) desktop.get("map"), "left")).isEqualTo(number(panel, "width"));
        assertThat(browser.findElement(By.cssSelector(".sheet-handle")).isDisplayed()).isFalse();
        assertThat(((Number) js.executeScript("""
                const banner = document.querySelector('.synthetic-banner').getBoundingClientRect();
                const header = document.querySelector('.topbar').getBoundingClientRect();
                return banner.bottom <= header.bottom && header.height <= 60 ? 1 : 0;""")).intValue())
                .as("the banner stays inside a one-line header").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTenderPageAndTheWorkspaceFitAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        HeadlessBrowser.signInAt(browser, url("/tender"), "admin", "admin");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> browser.getCurrentUrl().contains("/tender"));
        Map<String, Object> tender = (Map<String, Object>) js.executeScript(GEOMETRY);
        assertThat(number(tender, "pageWidth")).isLessThanOrEqualTo(number(tender, "viewportWidth"));
        assertThat(number((Map<String, Object>) tender.get("map"), "width")).isEqualTo(number(tender, "viewportWidth"));
        browser.findElement(By.cssSelector(".sheet-handle")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('#panel .checklist input').length")).intValue() > 0);
        HeadlessBrowser.screenshot(browser, "phone-tender-panel");

        browser.get(url("/foundation"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('.checklist input:checked').length")).intValue() == 3);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - innerWidth")).intValue())
                .isLessThanOrEqualTo(0);
        HeadlessBrowser.screenshot(browser, "phone-foundation");
    }

    private static double number(Map<String, Object> values, String key) {
        return ((Number) values.get(key)).doubleValue();
    }
}
