package org.welfareintelligence.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;
import org.welfareintelligence.support.HeadlessBrowser;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SampleCityFixture;

/** A foundation in headless Chromium: ranks three municipi on two weighted targets and saves the priority set. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN"})
class FoundationPageBrowserTest extends PostgisTest {

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
    void ranksAndSavesAPrioritySet() throws IOException {
        jdbc.update("DELETE FROM priority_set");
        HeadlessBrowser.signInAt(browser, "http://localhost:" + port + "/foundation", "admin", "admin");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        JavascriptExecutor js = browser;
        wait.until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('#ws-weights tr').length")).intValue() == 2
                && ((Number) js.executeScript(
                "return document.querySelectorAll('#ws-districts option:checked').length")).intValue() == 3);

        browser.findElement(By.id("ws-rank")).click();
        wait.until(d -> ((Number) js.executeScript("return window.wiWorkspace.ranked")).intValue() == 3);
        assertThat(browser.findElements(By.cssSelector("#ws-ranking tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#ws-ranking tbody tr td")).getText()).isEqualTo("1");

        browser.findElement(By.id("ws-name")).sendKeys("Call 2027 - elderly at home");
        browser.findElement(By.id("ws-save")).click();
        wait.until(d -> ((Number) js.executeScript("return window.wiWorkspace.saved")).intValue() == 1);
        assertThat(browser.findElement(By.id("ws-saved")).getText()).contains("Call 2027 - elderly at home");
        assertThat(jdbc.queryForObject("SELECT owner FROM priority_set", String.class)).isEqualTo("admin");

        HeadlessBrowser.screenshot(browser, "foundation");
    }
}
