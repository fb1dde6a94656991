package org.welfareintelligence.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;

/**
 * Base for page tests: the application on a random port over the sample city, and a fresh headless
 * Chromium for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN",
        "logging.level.org.welfareintelligence=INFO"})
public abstract class BrowserTest extends PostgisTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected SampleCityLoader loader;
    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        SampleCityFixture.ensureLoaded(jdbc, loader);
        browser = HeadlessBrowser.open(acceptLanguage());
    }

    /** The languages the browser asks for: English, whatever the machine's locale, unless a test says otherwise. */
    protected String acceptLanguage() {
        return "en-US,en";
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The address of a path on the running application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
