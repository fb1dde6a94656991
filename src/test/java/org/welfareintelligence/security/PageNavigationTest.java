package org.welfareintelligence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
 * The header offers each role only the pages it may open, and errors that reach the server's error handling
 * are pages with a way back for browsers and JSON for the API, over a real server (MockMvc does not forward
 * to the error page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"wi.sample-city.load-on-empty=false", "logging.level.root=WARN",
        "logging.level.org.welfareintelligence=INFO"})
class PageNavigationTest extends PostgisTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SampleCityLoader loader;
    @Autowired
    Accounts accounts;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void accounts() {
        SampleCityFixture.ensureLoaded(jdbc, loader);
        TestAccounts.ensure(accounts, jdbc);
    }

    @Test
    void theHeaderLinksOnlyToPagesTheRoleMayOpen() throws Exception {
        String planner = get("/tender", TestAccounts.PLANNER, BROWSER).body();
        assertThat(planner).contains("href=\"/tender\"", "href=\"/foundation\"", "href=\"/contributions\"")
                .doesNotContain("href=\"/admin/users\"", "href=\"/admin/audit\"");
        String organisation = get("/", TestAccounts.ORGANISATION, BROWSER).body();
        assertThat(organisation).contains("href=\"/tender\"", "href=\"/find\"")
                .doesNotContain("href=\"/foundation\"", "href=\"/contributions\"", "href=\"/admin/users\"");
        String foundation = get("/foundation", TestAccounts.FOUNDATION, BROWSER).body();
        assertThat(foundation).contains("href=\"/foundation\"", "href=\"/tender\"")
                .doesNotContain("href=\"/contributions\"", "href=\"/admin/audit\"");
        String admin = get("/admin/users", TestAccounts.ADMIN, BROWSER).body();
        assertThat(admin).contains("href=\"/admin/users\"", "href=\"/admin/audit\"", "href=\"/contributions\"");
    }

    @Test
    void browsersGetErrorPagesWithAWayBackWhileTheApiKeepsJson() throws Exception {
        HttpResponse<String> forbidden = get("/admin/audit", TestAccounts.PLANNER, BROWSER);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(forbidden.body()).contains("Questa pagina non è aperta al tuo ruolo", "Torna alla mappa",
                "Esci").doesNotContain("href=\"/admin/audit\"");

        HttpResponse<String> missing = get("/no-such-page", TestAccounts.PLANNER, BROWSER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("A questo indirizzo non c&#39;è nessuna pagina", "href=\"/\"");

        HttpResponse<String> failure = get("/error", null, BROWSER);
        assertThat(failure.statusCode()).isEqualTo(500);
        assertThat(failure.body()).contains("Qualcosa non ha funzionato da parte nostra", "Trova un servizio", "Accedi (personale)");

        HttpResponse<String> apiMissing = get("/api/no-such-endpoint", TestAccounts.PLANNER, BROWSER);
        assertThat(apiMissing.statusCode()).isEqualTo(404);
        assertThat(apiMissing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(apiMissing.body()).contains("\"status\":404", "\"error\":\"Not Found\"").doesNotContain("<html");

        HttpResponse<String> apiForbidden = get("/api/audit", TestAccounts.PLANNER, BROWSER);
        assertThat(apiForbidden.statusCode()).isEqualTo(403);
        assertThat(apiForbidden.body()).contains("\"status\":403").doesNotContain("<html");

        HttpResponse<String> jsonClient = get("/admin/audit", TestAccounts.PLANNER, "application/json");
        assertThat(jsonClient.statusCode()).isEqualTo(403);
        assertThat(jsonClient.body()).contains("\"status\":403", "your role may not use this endpoint");

        HttpResponse<String> jsonMissing = get("/no-such-page", TestAccounts.PLANNER, "application/json");
        assertThat(jsonMissing.statusCode()).isEqualTo(404);
        assertThat(jsonMissing.body()).contains("\"status\":404").doesNotContain("<html");
    }

    @Test
    void signedInUsersAreNotOfferedTheSignInPage() throws Exception {
        HttpResponse<String> login = get("/login", TestAccounts.PLANNER, BROWSER);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(get("/login", null, BROWSER).statusCode()).isEqualTo(200);

        String finderSignedIn = get("/find", TestAccounts.ORGANISATION, BROWSER).body();
        assertThat(finderSignedIn).contains("Esci").doesNotContain("Accedi");
        String finderPublic = get("/find", null, BROWSER).body();
        assertThat(finderPublic).contains("Accedi (personale)").doesNotContain("Esci", "href=\"/tender\"");
    }

    @Test
    void theFaviconIsServedToEveryone() throws Exception {
        HttpResponse<String> ico = get("/favicon.ico", null, "image/*");
        assertThat(ico.statusCode()).isEqualTo(200);
        assertThat(get("/favicon.svg", null, "image/*").body()).startsWith("<svg");
        assertThat(get("/login", null, BROWSER).body()).contains("rel=\"icon\" href=\"/favicon.svg\"");
    }

    private HttpResponse<String> get(String path, String user, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
