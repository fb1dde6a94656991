package org.welfareintelligence.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.samplecity.SampleCityLoader;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SampleCityFixture;

/**
 * Over a real server: pages speak Italian unless the browser prefers English or the visitor chose it with
 * {@code ?lang=}, which a cookie remembers; the page's {@code lang} follows; the API's error JSON stays English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN"})
class LanguageSwitchTest extends PostgisTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SampleCityLoader loader;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void sampleCity() {
        SampleCityFixture.ensureLoaded(jdbc, loader);
    }

    @Test
    void italianByDefaultEnglishWhenTheBrowserPrefersIt() throws Exception {
        String italian = get("/find", null, null).body();
        assertThat(italian).contains("<html lang=\"it\">", "Trova un servizio", "Accedi (personale)",
                "href=\"/find?lang=en\"");
        assertThat(get("/find", "de-DE,de;q=0.9", null).body()).contains("<html lang=\"it\">");
        String english = get("/find", "en-GB,en;q=0.9", null).body();
        assertThat(english).contains("<html lang=\"en\">", "Service finder", "Sign in (staff)");
    }

    @Test
    void theSwitchIsRememberedByACookie() throws Exception {
        HttpResponse<String> switched = get("/login?lang=en", "it-IT", null);
        assertThat(switched.body()).contains("<html lang=\"en\">");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("WI_LANG=en;").contains("Max-Age=31536000", "Path=/");
        String next = get("/find", "it-IT", "WI_LANG=en").body();
        assertThat(next).contains("<html lang=\"en\">", "Service finder");
        assertThat(get("/find?lang=it", "en", "WI_LANG=en").body()).contains("<html lang=\"it\">");
        assertThat(get("/find?lang=fr", "en", null).body()).as("a language not spoken here is ignored")
                .contains("<html lang=\"en\">");
    }

    @Test
    void errorPagesSpeakThePagesLanguageAndTheApiStaysEnglish() throws Exception {
        String missing = get("/js/no-such-script.js", "en", null).body();
        assertThat(missing).contains("There is no page at this address", "Error 404",
                "href=\"/js/no-such-script.js?lang=it\"");
        assertThat(get("/js/no-such-script.js", null, null).body()).contains("Il link potrebbe essere vecchio",
                "Errore 404");
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(url("/api/no-such-endpoint")))
                .header("Accept", "application/json").header("Accept-Language", "it").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.body()).contains("\"status\":").doesNotContain("<html");
    }

    @Test
    void scriptsGetTheirStringsInThePagesLanguage() throws Exception {
        String italian = get("/find", null, null).body();
        assertThat(italian).contains("<script type=\"application/json\" id=\"wi-text\" data-wi-text>{",
                "\"js.common.withheld\":\"riservato\"", "<script src=\"/js/i18n.js\">");
        assertThat(get("/find?lang=en", null, null).body()).contains("\"js.common.withheld\":\"withheld\"");
    }

    @Test
    void apisThatFeedPagesNameTargetsAndServicesInTheRequestsLanguage() throws Exception {
        String italian = getJson("/api/targets/P_ELDERLY_75_PLUS", null, null).body();
        String english = getJson("/api/targets/P_ELDERLY_75_PLUS", "en", null).body();
        assertThat(italian).contains("\"name\":\"" + name("target", "name_it", "P_ELDERLY_75_PLUS") + "\"");
        assertThat(english).contains("\"name\":\"" + name("target", "name_en", "P_ELDERLY_75_PLUS") + "\"");
        assertThat(getJson("/api/service-types", "de", "WI_LANG=en").body())
                .contains("\"name\":\"" + name("service_type", "name_en", "HOME_CARE") + "\"");

        HttpResponse<String> layerIt = getJson("/api/facilities?serviceType=HOME_CARE", null, null);
        HttpResponse<String> layerEn = getJson("/api/facilities?serviceType=HOME_CARE", null, "WI_LANG=en");
        assertThat(layerIt.body()).contains("\"name\" : \"" + name("service_type", "name_it", "HOME_CARE") + "\"");
        assertThat(layerEn.body()).contains("\"name\" : \"" + name("service_type", "name_en", "HOME_CARE") + "\"");
        String tagIt = layerIt.headers().firstValue("ETag").orElseThrow();
        String tagEn = layerEn.headers().firstValue("ETag").orElseThrow();
        assertThat(tagEn).as("a cache never hands one language's layer to the other").isNotEqualTo(tagIt);
        HttpResponse<String> revalidated = http.send(HttpRequest.newBuilder(URI.create(url("/api/facilities?serviceType=HOME_CARE")))
                .header("Accept", "application/json").header("Cookie", "WI_LANG=en").header("If-None-Match", tagIt).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(revalidated.statusCode()).isEqualTo(200);
    }

    private String name(String table, String column, String code) {
        return jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE code = ?", String.class, code);
    }

    private HttpResponse<String> getJson(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json");
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String acceptLanguage, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", BROWSER);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
