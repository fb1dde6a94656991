package org.welfareintelligence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.Accessibility;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * Every page checked by axe-core against the WCAG 2.1 A and AA rules, as the public, a planner, an organisation
 * and a foundation open them, on a desktop and on a phone: no rule broken.
 */
class AccessibilityBrowserTest extends BrowserTest {

    @Test
    void publicPagesBreakNoRule() {
        browser.get(url("/find"));
        awaitLoaded();
        assertThat(Accessibility.violations(browser)).as("/find").isEmpty();
        browser.get(url("/login"));
        assertThat(Accessibility.violations(browser)).as("/login").isEmpty();
        // the checker does see faults: an image without text and an empty button planted in the page
        ((JavascriptExecutor) browser).executeScript("document.body.insertAdjacentHTML('beforeend',"
                + " '<img src=\"/favicon.ico\"><button></button>')");
        assertThat(Accessibility.violations(browser)).anySatisfy(v -> assertThat(v).startsWith("image-alt"))
                .anySatisfy(v -> assertThat(v).startsWith("button-name"));
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/find"));
        awaitLoaded();
        assertThat(Accessibility.violations(browser)).as("/find on a phone").isEmpty();
    }

    @Test
    void aPlannersPagesBreakNoRule() {
        HeadlessBrowser.signInAt(browser, url("/"), "planner", "planner");
        awaitMap();
        // every panel open, so that their forms are checked too
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('#panel details').forEach(d => d.open = true)");
        assertThat(Accessibility.violations(browser)).as("the map with its panels").isEmpty();
        for (String page : new String[] {"/tender", "/foundation", "/contributions"}) {
            browser.get(url(page));
            awaitLoaded();
            assertThat(Accessibility.violations(browser)).as(page).isEmpty();
        }
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/"));
        awaitMap();
        assertThat(Accessibility.violations(browser)).as("the map on a phone").isEmpty();
    }

    private void awaitMap() {
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.wiMap && (window.wiMap.ready || !!window.wiMap.error)")));
    }

    private void awaitLoaded() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
