package org.welfareintelligence.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * A German browser (neither Italian nor English) gets Italian, the default; the header's switch turns a page to
 * English and the choice holds on the next pages, on a 390×844 phone and at 1366×900. Screenshots of both
 * languages in target/screenshots (language-*.png); no console errors.
 */
class LanguageBrowserTest extends BrowserTest {

    @Override
    protected String acceptLanguage() {
        return "de-DE,de";
    }

    @Test
    void theFinderOnAPhoneOpensInItalianAndSwitchesToEnglishForTheNextPages() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/find"));
        awaitServices();
        assertThat(lang()).isEqualTo("it");
        assertThat(text(".sheet-handle .show")).isEqualTo("Cerca");
        assertThat(text("#status")).isEqualTo("Scegli un servizio e un luogo.");
        assertThat(serviceNames()).as("service names from the taxonomy in Italian").contains(homeCare("name_it"))
                .doesNotContain(homeCare("name_en"));
        assertThat(browser.findElement(By.cssSelector(".lang-switch a[hreflang='it']")).getAttribute("aria-current"))
                .isEqualTo("true");
        HeadlessBrowser.screenshot(browser, "language-find-it-phone");

        browser.findElement(By.cssSelector(".lang-switch a[hreflang='en']")).click();
        awaitServices();
        assertThat(lang()).isEqualTo("en");
        assertThat(text(".sheet-handle .show")).isEqualTo("Search");
        assertThat(serviceNames()).contains(homeCare("name_en")).doesNotContain(homeCare("name_it"));
        HeadlessBrowser.screenshot(browser, "language-find-en-phone");

        // remembered: the sign-in page and then the map, without ?lang=
        HeadlessBrowser.signInAt(browser, url("/"), "admin", "admin");
        awaitMap();
        assertThat(lang()).isEqualTo("en");
        assertThat(text(".sheet-handle .show")).isEqualTo("Layers and analysis");
        assertThat(text("#status")).contains("sections", "facilities")
                .doesNotContain("P_ELDERLY");
        HeadlessBrowser.screenshot(browser, "language-map-en-phone");

        // back to Italian on the phone: the header offers only the other language, the sheet holds the longer words
        browser.findElement(By.cssSelector(".lang-switch a[hreflang='it']")).click();
        awaitMap();
        assertThat(lang()).isEqualTo("it");
        assertThat(browser.findElement(By.cssSelector(".lang-switch a[hreflang='en']")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector(".lang-switch a[hreflang='it']")).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector(".sheet-handle")).click();
        browser.findElement(By.cssSelector("#analyse summary")).click();
        JavascriptExecutor js = browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("nothing spills sideways").isLessThanOrEqualTo(((Number) js.executeScript("return innerWidth")).intValue());
        HeadlessBrowser.screenshot(browser, "language-map-it-phone-panel");
        assertThat(HeadlessBrowser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theMapOnADesktopOpensInItalianWithItalianNumbersAndSwitchesToEnglish() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        HeadlessBrowser.signInAt(browser, url("/"), "admin", "admin");
        awaitMap();
        assertThat(lang()).isEqualTo("it");
        assertThat(browser.findElement(By.cssSelector("#analyse summary")).getText()).isEqualTo("Analizza");
        assertThat(browser.findElement(By.cssSelector(".nav a[href='/tender']")).getText()).isEqualTo("Bandi");
        String status = browser.findElement(By.id("status")).getText();
        String elderly = jdbc.queryForObject("SELECT name_it FROM target WHERE code = 'P_ELDERLY_75_PLUS'", String.class);
        // e.g. "6000 sezioni, 1190 strutture; Anziani 75 anni e più: in tutto 157.808 (periodo 2011)": Italian
        // groups thousands from five digits on
        assertThat(status).contains("sezioni", "strutture", elderly).doesNotContain("P_ELDERLY")
                .containsPattern("in tutto \\d{3}\\.\\d{3} ");
        HeadlessBrowser.screenshot(browser, "language-map-it-desktop");

        // need indicators come grouped by theme, in Italian, without the population bases
        browser.findElement(By.cssSelector("#analyse summary")).click();
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById('an-measure');"
                + "s.value = 'priority'; s.dispatchEvent(new Event('change'));");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.querySelectorAll('#an-priority-targets option').length > 10")));
        @SuppressWarnings("unchecked")
        List<String> groups = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#an-priority-targets optgroup')].map(g => g.label)");
        assertThat(groups).contains(jdbc.queryForObject("SELECT name_it FROM target_group WHERE code = 'ELDERLY'",
                String.class)).doesNotContain(jdbc.queryForObject(
                "SELECT name_it FROM target_group WHERE code = 'RESIDENTS'", String.class));
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("""
                const codes = [...document.querySelectorAll('#an-priority-targets option')].map(o => o.value);
                return !codes.includes('P_RESIDENTS') && !codes.includes('P_MALES') && !codes.includes('F_ALL')
                  && codes.includes('P_ELDERLY_ALONE');""")).isTrue();
        assertThat(browser.findElements(By.cssSelector("#an-priority-options .checklist-group"))).hasSize(groups.size());
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('#an-priority-options .checklist').scrollIntoView({block: 'center'})");
        HeadlessBrowser.screenshot(browser, "language-needs-it-desktop");

        browser.findElement(By.cssSelector(".lang-switch a[hreflang='en']")).click();
        awaitMap();
        assertThat(lang()).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("#analyse summary")).getText()).isEqualTo("Analyse");
        assertThat(browser.findElement(By.id("status")).getText())
                .contains(jdbc.queryForObject("SELECT name_en FROM target WHERE code = 'P_ELDERLY_75_PLUS'", String.class))
                .containsPattern("\\d,\\d{3} sections").containsPattern("total \\d{3},\\d{3} ");
        HeadlessBrowser.screenshot(browser, "language-map-en-desktop");

        browser.get(url("/tender"));
        assertThat(lang()).as("the choice holds on the next page").isEqualTo("en");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.querySelectorAll('#zone-code option').length > 10")));
        HeadlessBrowser.screenshot(browser, "language-tender-en-desktop");
        browser.findElement(By.cssSelector(".lang-switch a[hreflang='it']")).click();
        assertThat(lang()).isEqualTo("it");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.querySelectorAll('#zone-code option').length > 10")));
        HeadlessBrowser.screenshot(browser, "language-tender-it-desktop");
        assertThat(HeadlessBrowser.consoleErrors(browser)).isEmpty();
    }

    private void awaitServices() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.querySelectorAll('#service-type option').length > 5")));
    }

    private void awaitMap() {
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return !!(window.wiMap && (window.wiMap.ready || window.wiMap.error))")));
        assertThat(js.executeScript("return window.wiMap.error || null")).isNull();
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    private String text(String selector) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector(arguments[0]).textContent", selector);
    }

    @SuppressWarnings("unchecked")
    private List<String> serviceNames() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#service-type option')].map(o => o.textContent)");
    }

    private String homeCare(String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM service_type WHERE code = 'HOME_CARE'", String.class);
    }
}
