package org.welfareintelligence.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.Accessibility;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/**
 * The non-visual alternative of the map: what it shows as sortable tables — the target by neighbourhood with
 * its rate, and the facilities on the map — opened from the panel, checked by axe-core.
 */
class MapTableBrowserTest extends BrowserTest {

    @Test
    void theMapReadsAsSortableTablesOfAreasAndFacilities() throws IOException {
        HeadlessBrowser.signInAt(browser, url("/"), "planner", "planner");
        JavascriptExecutor js = browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript("return window.wiMap && window.wiMap.ready")));
        browser.findElement(By.id("map-table-open")).click();
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript("return !!(window.wiMapTable && window.wiMapTable.ready)")));

        int neighbourhoods = jdbc.queryForObject("SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD'",
                Integer.class);
        List<WebElement> rows = browser.findElements(By.cssSelector("#map-table-body tbody tr"));
        assertThat(rows).hasSize(neighbourhoods);
        // people, most first; a withheld figure would come last
        assertThat(number(rows.get(0), 1)).isGreaterThanOrEqualTo(number(rows.get(1), 1));
        assertThat(browser.findElement(By.id("map-table-caption")).getText()).contains("Elderly aged 75+", "Click a heading");
        String largest = jdbc.queryForObject("""
                SELECT n.name FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                JOIN territorial_area n ON n.id = s.neighbourhood_id
                WHERE t.code = 'P_ELDERLY_75_PLUS' AND d.period = (SELECT max(period) FROM demand WHERE target_id = t.id)
                GROUP BY n.name ORDER BY sum(d.value) DESC LIMIT 1""", String.class);
        assertThat(rows.get(0).findElement(By.tagName("th")).getText()).isEqualTo(largest);
        HeadlessBrowser.screenshot(browser, "map-table");

        // sorting by the area's name, then back
        WebElement byName = browser.findElement(By.cssSelector("#map-table-body thead th:first-child"));
        byName.findElement(By.tagName("button")).click();
        assertThat(browser.findElement(By.cssSelector("#map-table-body thead th:first-child")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        List<WebElement> sorted = browser.findElements(By.cssSelector("#map-table-body tbody th"));
        assertThat(sorted.get(0).getText().compareToIgnoreCase(sorted.get(1).getText())).isLessThanOrEqualTo(0);
        assertThat(Accessibility.violations(browser)).as("the table dialog").isEmpty();

        // a flat-rate target graded by deprivation is said to be estimated, with its 80 % interval
        browser.findElement(By.id("map-table-close")).click();
        js.executeScript("const t = document.getElementById('target'); t.value = 'P_ABSOLUTE_POVERTY';"
                + "t.dispatchEvent(new Event('change'));");
        browser.findElement(By.id("map-table-open")).click();
        wait.until(driver -> browser.findElement(By.id("map-table-caption")).getText().contains("Estimated figures"));
        assertThat(browser.findElements(By.cssSelector("#map-table-body thead th"))).hasSize(6);
        WebElement first = browser.findElement(By.cssSelector("#map-table-body tbody tr"));
        assertThat(number(first, 4)).isLessThanOrEqualTo(number(first, 1));
        assertThat(number(first, 5)).isGreaterThanOrEqualTo(number(first, 1));

        browser.findElement(By.cssSelector("input[name='map-table-kind'][value='facilities']")).click();
        wait.until(driver -> browser.findElement(By.id("map-table-caption")).getText().contains("facilities"));
        long facilities = (Long) js.executeScript("let n = 0; window.wiMap.facilities.eachLayer(() => n++); return n;");
        assertThat(browser.findElements(By.cssSelector("#map-table-body tbody tr"))).hasSize((int) facilities);
        browser.findElement(By.id("map-table-close")).click();
        assertThat(browser.findElement(By.id("map-table")).isDisplayed()).isFalse();
    }

    private static double number(WebElement row, int column) {
        return Double.parseDouble(row.findElements(By.cssSelector("th, td")).get(column).getText().replace(",", ""));
    }
}
