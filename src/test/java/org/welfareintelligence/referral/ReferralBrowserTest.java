package org.welfareintelligence.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.welfareintelligence.support.BrowserTest;
import org.welfareintelligence.support.HeadlessBrowser;

/** Headless Chromium: the finder lists where to direct a request, and map popups show free places. */
class ReferralBrowserTest extends BrowserTest {

    @Test
    void theFinderListsCentresWithRoomFirstForANeighbourhood() throws IOException {
        String nil = jdbc.queryForObject(
                "SELECT name FROM territorial_area WHERE level = 'NEIGHBOURHOOD' ORDER BY code LIMIT 1", String.class);
        browser.get(url("/find"));
        JavascriptExecutor js = browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('#service-type option[value=NURSERY]').length === 1")));
        js.executeScript("""
                const s = document.getElementById('service-type'); s.value = 'NURSERY';
                s.dispatchEvent(new Event('change'));
                const p = document.getElementById('place'); p.value = arguments[0];
                p.dispatchEvent(new Event('input'));""", nil);
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('#places option').length > 0")));
        js.executeScript("document.getElementById('place').dispatchEvent(new Event('input'))");
        wait.until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('#referral ol li').length >= 5")));
        String text = (String) js.executeScript("return document.getElementById('referral').textContent");
        assertThat(text).contains("Where to direct the request").contains("1. ").contains(" free");
        HeadlessBrowser.screenshot(browser, "finder-referral");
    }

    @Test
    void aFacilityPopupOnTheMapShowsFreePlacesAndWaitingLists() {
        HeadlessBrowser.signInAndAwaitMap(browser, port);
        JavascriptExecutor js = browser;
        js.executeScript("""
                const open = window.wiMap.facilities.getLayers().find(l => l.feature.properties.status === 'OPEN'
                    && l.feature.properties.services.length > 0);
                open.fire('click', {latlng: open.getLatLng()}, true);""");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js.executeScript(
                "return document.querySelectorAll('.leaflet-popup-content ul.occupancy li').length > 0")));
        assertThat((String) js.executeScript(
                "return document.querySelector('.leaflet-popup-content ul.occupancy').textContent"))
                .containsPattern("free places|no occupancy reported");
    }
}
