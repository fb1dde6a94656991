package org.welfareintelligence.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;
import org.welfareintelligence.support.HeadlessBrowser;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SampleCityFixture;

/**
 * A planner's first look: headless Chromium (Debian's chromium and chromium-driver) signs in, opens the
 * map over the sample city and must see the section choropleth, its legend and the facility markers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN",
        "logging.level.org.welfareintelligence=INFO"})
class MapPageBrowserTest extends PostgisTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SampleCityLoader loader;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        SampleCityFixture.ensureLoaded(jdbc, loader);
        browser = HeadlessBrowser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void mapDrawsSectionsAndFacilities() throws IOException {
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        assertThat(js.executeScript("return window.wiMap.error || null")).isNull();

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

        Path screenshot = Path.of("target", "screenshots", "map.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
