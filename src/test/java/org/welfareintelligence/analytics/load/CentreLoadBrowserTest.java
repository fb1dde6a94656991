package org.welfareintelligence.analytics.load;

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
 * The Analyse panel's centre-load layer and the facility popups' service mix, in headless Chromium over the sample
 * city: every open elderly day centre is drawn as a point coloured by its load ratio, and a centre's popup lists
 * the advice for each service it offers; the outreach measure draws the chosen locations' walking radius.
 */
class CentreLoadBrowserTest extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void centresAreDrawnByLoadAndAPopupGivesTheServiceMix() throws IOException {
        JavascriptExecutor js = openAnalysePanel();
        js.executeScript("""
                for (const [id, value] of [['an-service', 'ELDERLY_DAY_CENTRE'], ['an-measure', 'centre-load']]) {
                  const s = document.getElementById(id); s.value = value; s.dispatchEvent(new Event('change'));
                }""");
        runAnalysis(js);
        Map<String, Object> drawn = (Map<String, Object>) js.executeScript("""
                const a = window.wiAnalysis;
                return {points: a.areas.getLayers().length, legendRows: document.querySelectorAll('#an-legend .legend-row').length,
                        ranking: a.rankingSize, status: document.getElementById('an-status').textContent};""");
        long centres = jdbc.queryForObject("""
                SELECT count(*) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'ELDERLY_DAY_CENTRE' AND f.status = 'OPEN'""", Long.class);
        assertThat(((Number) drawn.get("points")).longValue()).isEqualTo(centres);
        assertThat(((Number) drawn.get("legendRows")).intValue()).isEqualTo(6);
        assertThat(((Number) drawn.get("ranking")).intValue()).isEqualTo((int) Math.min(10, centres));
        assertThat((String) drawn.get("status")).containsPattern("\\d+");
        HeadlessBrowser.screenshot(browser, "analytics-centre-load");

        String code = jdbc.queryForObject("""
                SELECT f.code FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'ELDERLY_DAY_CENTRE' AND f.status = 'OPEN' ORDER BY f.code LIMIT 1""", String.class);
        int services = jdbc.queryForObject("""
                SELECT count(*) FROM facility_service fs JOIN facility f ON f.id = fs.facility_id WHERE f.code = ?""",
                Integer.class, code);
        js.executeScript("""
                const centre = window.wiMap.facilities.getLayers().find(l => l.feature.properties.code === arguments[0]);
                centre.fire('click', {latlng: centre.getLatLng()}, true);""",
                code);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelector('.leaflet-popup .service-mix-link') !== null")));
        browser.findElement(By.cssSelector(".leaflet-popup .service-mix-link")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver -> Boolean.TRUE.equals(js.executeScript("""
                const list = document.querySelector('.leaflet-popup .service-mix');
                return list !== null && list.textContent !== document.getElementById('wi-text-which').dataset.mixLoading;""")));
        assertThat(js.executeScript("return document.querySelector('.leaflet-popup .service-mix').textContent"))
                .asString().doesNotContain(":  ");
        assertThat(((Number) js.executeScript("return document.querySelectorAll('.leaflet-popup .service-mix li').length"))
                .intValue()).as((String) js.executeScript("return document.querySelector('.leaflet-popup-content').textContent"))
                .isEqualTo(services);
        String first = browser.findElement(By.cssSelector(".leaflet-popup .service-mix li")).getText();
        assertThat(first).containsPattern(".+: .+ [+−-]?[\\d.,]+ .+");
        HeadlessBrowser.screenshot(browser, "service-mix-popup");
    }

    @Test
    @SuppressWarnings("unchecked")
    void outreachDrawsTheLocationsReachingTheMostPeopleOnFoot() throws IOException {
        JavascriptExecutor js = openAnalysePanel();
        js.executeScript("""
                const s = document.getElementById('an-measure'); s.value = 'outreach'; s.dispatchEvent(new Event('change'));
                document.getElementById('an-outreach-k').value = '4'; document.getElementById('an-cutoff').value = '500';""");
        assertThat(js.executeScript("return document.getElementById('an-outreach-options').hidden")).isEqualTo(false);
        runAnalysis(js);
        Map<String, Object> drawn = (Map<String, Object>) js.executeScript("""
                const a = window.wiAnalysis;
                return {circles: a.areas.getLayers().length, radius: a.areas.getLayers()[0].getRadius(),
                        ranking: a.rankingSize, status: document.getElementById('an-status').textContent};""");
        assertThat(((Number) drawn.get("circles")).intValue()).isEqualTo(4);
        assertThat(((Number) drawn.get("radius")).doubleValue()).isEqualTo(500);
        assertThat(((Number) drawn.get("ranking")).intValue()).isEqualTo(4);
        assertThat((String) drawn.get("status")).contains("%");
        HeadlessBrowser.screenshot(browser, "analytics-outreach");
    }

    /** Signs in, opens the map's Analyse panel and waits for its lists. */
    private JavascriptExecutor openAnalysePanel() {
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        browser.findElement(By.cssSelector("#analyse summary")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('#an-service option').length > 10")));
        return js;
    }

    private void runAnalysis(JavascriptExecutor js) {
        browser.findElement(By.id("an-run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.wiAnalysis.done")));
        assertThat(js.executeScript("return window.wiAnalysis.error")).isNull();
    }
}
