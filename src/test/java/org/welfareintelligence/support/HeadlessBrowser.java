package org.welfareintelligence.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's chromium and chromium-driver, or CHROME_BIN / CHROMEDRIVER_BIN) for page tests. */
public final class HeadlessBrowser {

    private static final String CHROMIUM = env("CHROME_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    private HeadlessBrowser() {
    }

    public static ChromeDriver open() {
        return open(null);
    }

    /**
     * A browser whose Accept-Language is {@code acceptLanguage} (e.g. "de-DE,de"; null keeps Chromium's own), that
     * keeps the page's console messages for {@link #consoleErrors}.
     */
    public static ChromeDriver open(String acceptLanguage) {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and "
                    + CHROMEDRIVER + ": apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER_BIN");
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1400,900");
        if (acceptLanguage != null) {
            options.addArguments("--lang=" + acceptLanguage.split(",")[0], "--accept-lang=" + acceptLanguage);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        }
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).build(), options);
    }

    /** Signs in on the login page the application redirects to, then waits until the map has loaded. */
    public static void signInAndAwaitMap(ChromeDriver browser, int port) {
        signInAt(browser, "http://localhost:" + port + "/", "admin", "admin");
        JavascriptExecutor js = browser;
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.wiMap && (window.wiMap.ready || !!window.wiMap.error)")));
    }

    /** Opens a page that needs an account: the application must send the browser to the sign-in form first. */
    public static void signInAt(ChromeDriver browser, String url, String user, String password) {
        browser.get(url);
        if (!browser.getCurrentUrl().endsWith("/login")) {
            throw new AssertionError(url + " must ask for sign-in first, but opened " + browser.getCurrentUrl());
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login button")).click();
    }

    /** The errors the page wrote to the browser's console since the last call. */
    public static List<String> consoleErrors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for a person to look at. */
    public static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
