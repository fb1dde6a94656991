package org.welfareintelligence.tender;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SampleCityFixture;

/**
 * An organisation preparing a bid: picks a neighbourhood and a target group, checks the bid, then draws its
 * own zone on the map and checks again — in headless Chromium over the sample city.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN"})
class TenderPageBrowserTest extends PostgisTest {

    private static final String CHROMIUM = env("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

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
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--window-size=1400,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build(), options);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void checksABidForAnAreaAndForADrawnZone() throws IOException {
        browser.get("http://localhost:" + port + "/tender");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys("admin");
        browser.findElement(By.cssSelector("form.login button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        JavascriptExecutor js = browser;
        wait.until(d -> ((Number) js.executeScript(
                "return document.querySelectorAll('#zone-code option').length")).intValue() > 50
                && ((Number) js.executeScript(
                "return document.querySelectorAll('#zone-targets option').length")).intValue() > 100);

        new Select(browser.findElement(By.id("zone-code"))).selectByValue("20");
        browser.findElement(By.id("bid-check")).click();
        WebElement verdict = wait.until(d -> d.findElement(By.cssSelector("#bid-result .verdict")));
        assertThat(verdict.getText()).containsPattern("Score \\d+/100 — (strong|moderate|weak) match");
        assertThat(browser.findElements(By.cssSelector("#bid-result li"))).isNotEmpty()
                .anySatisfy(li -> assertThat(li.getText()).startsWith("Elderly aged 75+: rate"));

        browser.findElement(By.id("draw-start")).click();
        WebElement map = browser.findElement(By.id("tender-map"));
        int[][] corners = {{-60, -60}, {60, -60}, {60, 60}, {-60, 60}};
        for (int[] c : corners) {
            new Actions(browser).moveToElement(map, c[0], c[1]).click().perform();
        }
        browser.findElement(By.id("draw-finish")).click();
        assertThat(browser.findElement(By.id("draw-status")).getText()).startsWith("Drawn zone ready");
        js.executeScript("document.getElementById('bid-result').textContent = ''");
        browser.findElement(By.id("bid-check")).click();
        WebElement drawnVerdict = wait.until(d -> d.findElement(By.cssSelector("#bid-result .verdict")));
        assertThat(drawnVerdict.getText()).contains("match");

        Path screenshot = Path.of("target", "screenshots", "tender.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
    }
}
