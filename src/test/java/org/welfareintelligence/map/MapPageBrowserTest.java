package org.welfareintelligence.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * A planner's first look: headless Chromium (Debian's chromium and chromium-driver) signs in, opens the
 * map over the sample city and must see the section choropleth, its legend and the facility markers.
 */
class MapPageBrowserTest extends BrowserTest {

    /** Signs in as the administrator and waits until the map has drawn its layers. */
    private JavascriptExecutor signInAndOpenMap() {
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return window.wiMap.error || null")).isNull();
        return js;
    }

    @Test
    void mapDrawsSectionsAndFacilities() throws IOException {
        JavascriptExecutor js = signInAndOpenMap();

        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) js.executeScript("""
                const m = window.wiMap;
                let coloured = 0;
                m.sections.eachLayer(l => { if (l.options.fillColor && l.options.fillColor !== '#eeeeee') coloured++; });
                return {sections: m.sections.getLayers().length, coloured: coloured,
                        facilities: m.facilities.getLayers().length,
                        onMap: m.sections._map !== null && m.facilities._map !== null,
                        classes: document.querySelectorAll('#legend .legend-row').length};""");
        long sections = jdbc.queryForObject("SELECT count(*) FROM census_section WHERE geom IS NOT NULL", Long.class);
        long facilities = jdbc.queryForObject("SELECT count(*) FROM facility", Long.class);
        assertThat(((Number) drawn.get("sections")).longValue()).isEqualTo(sections);
        assertThat(((Number) drawn.get("coloured")).longValue()).isGreaterThan(sections / 2);
        assertThat(((Number) drawn.get("facilities")).longValue()).isEqualTo(facilities);
        assertThat(drawn.get("onMap")).isEqualTo(true);
        assertThat(((Number) drawn.get("classes")).intValue()).isEqualTo(5);
        assertThat(browser.findElement(By.cssSelector(".synthetic-banner")).getText()).contains("Synthetic");

        // the canvas holds the drawing: many distinct colours, not a blank map
        Number colours = (Number) js.executeScript("""
                const canvas = document.querySelector('#map canvas');
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                const seen = new Set();
                for (let i = 0; i < data.length; i += 4 * 97) seen.add(data[i] + ',' + data[i+1] + ',' + data[i+2]);
                return seen.size;""");
        assertThat(colours.intValue()).isGreaterThan(20);

        HeadlessBrowser.screenshot(browser, "map");
    }

    @Test
    void analysePanelDrawsAccessibilityCatchmentsOverlapsGapsHotSpotsAndPriorities() throws IOException {
        JavascriptExecutor js = signInAndOpenMap();
        browser.findElement(By.cssSelector("#analyse summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('#an-service option').length > 10")));
        assertThat(js.executeScript("return document.getElementById('an-service').value")).isEqualTo("HOME_CARE");
        assertThat(js.executeScript("return document.getElementById('an-target').value")).isEqualTo("P_ELDERLY_ALONE");
        long sections = jdbc.queryForObject("SELECT count(*) FROM census_section WHERE geom IS NOT NULL", Long.class);

        // accessibility (2SFCA) with catchment outlines and the overlap layer
        choose("an-measure", "2sfca");
        setValue("an-cutoff", "1500");
        browser.findElement(By.id("an-catchments")).click();
        browser.findElement(By.id("an-overlaps")).click();
        Map<String, Object> access = run(js);
        assertThat(((Number) access.get("coloured")).longValue()).isGreaterThan(sections / 2);
        assertThat(((Number) access.get("catchments")).intValue()).isGreaterThan(20);
        assertThat(((Number) access.get("overlaps")).intValue()).isBetween(1, 4);
        assertThat(((Number) access.get("legendRows")).intValue()).isEqualTo(7);
        js.executeScript("document.getElementById('an-legend').scrollIntoView()");
        HeadlessBrowser.screenshot(browser, "analytics");

        // under-served neighbourhoods against a norm of 60 places per 1,000
        choose("an-measure", "gaps");
        setValue("an-norm", "60");
        browser.findElement(By.id("an-catchments")).click();
        browser.findElement(By.id("an-overlaps")).click();
        Map<String, Object> gaps = run(js);
        assertThat(((Number) gaps.get("areas")).intValue()).isGreaterThan(50);
        assertThat(((Number) gaps.get("rankingSize")).intValue()).isPositive();
        assertThat(browser.findElement(By.id("an-status")).getText()).contains("under-served neighbourhoods");

        // the same norm section by section: the sections are coloured by their status
        choose("an-gap-level", "section");
        Map<String, Object> sectionGaps = run(js);
        assertThat(((Number) sectionGaps.get("coloured")).longValue()).isGreaterThan(sections / 2);
        assertThat(browser.findElement(By.id("an-status")).getText()).containsPattern("\\d+ under-served sections");
        HeadlessBrowser.screenshot(browser, "analytics-gaps-sections");

        // hot spots of elderly people living alone
        choose("an-measure", "hotspots");
        Map<String, Object> hot = run(js);
        assertThat(((Number) hot.get("legendRows")).intValue()).isEqualTo(7);
        assertThat(browser.findElement(By.id("an-status")).getText()).containsPattern("\\d+ sections in hot spots");

        // the year selector lists the census periods (and "latest"); the ranking below is of the 2011 census
        assertThat(js.executeScript("return Array.from(document.getElementById('an-year').options).map(o => o.value)"))
                .isEqualTo(java.util.List.of("", "2011", "2016", "2021"));
        choose("an-year", "2011");
        // priority ranking over two need indicators: each entry says what its score is made of
        choose("an-measure", "priority");
        js.executeScript("""
                const select = document.getElementById('an-priority-targets');
                for (const o of select.options) o.selected = o.value === 'P_ELDERLY_ALONE' || o.value === 'P_ELDERLY_85_PLUS';""");
        Map<String, Object> priority = run(js);
        assertThat(((Number) priority.get("rankingSize")).intValue()).isEqualTo(10);
        String first = browser.findElement(By.cssSelector("#an-ranking li")).getText();
        assertThat(first).contains("need score 1").contains(" per 1,000 → +");
        js.executeScript("document.getElementById('an-ranking').scrollIntoView()");
        HeadlessBrowser.screenshot(browser, "analytics-priority");
    }

    private void choose(String select, String value) {
        ((JavascriptExecutor) browser).executeScript("const s = document.getElementById(arguments[0]); s.value = arguments[1];"
                + "s.dispatchEvent(new Event('change'));", select, value);
    }

    private void setValue(String input, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                input, value);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> run(JavascriptExecutor js) {
        browser.findElement(By.id("an-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.wiAnalysis.done")));
        assertThat(js.executeScript("return window.wiAnalysis.error")).isNull();
        return (Map<String, Object>) js.executeScript("""
                const a = window.wiAnalysis;
                return {coloured: a.coloured, rankingSize: a.rankingSize,
                        catchments: a.catchments ? a.catchments.getLayers().length : 0,
                        overlaps: a.overlaps ? a.overlaps.getLayers().length : 0,
                        areas: a.areas ? a.areas.getLayers().length : 0,
                        legendRows: document.querySelectorAll('#an-legend .legend-row').length};""");
    }
}
