package org.welfareintelligence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.welfareintelligence.support.ThrowawayPostgres;

/**
 * A real database outage: the application runs on a PostgreSQL cluster of this test's own, which is stopped
 * (as an operator's restart does) and started again while the application keeps running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wi.sample-city.load-on-empty=false", "logging.level.root=WARN", "wi.security.admin-user=outage-admin",
        "wi.security.admin-password=Outage-pass-1"})
@DirtiesContext
class DatabaseOutageTest {

    private static final String ADMIN = "outage-admin";
    private static final String PASSWORD = "Outage-pass-1";

    private static ThrowawayPostgres database;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        database = ThrowawayPostgres.start();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropDatabase() throws IOException {
        database.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** An API client: credentials on every request, no session. */
    private final HttpClient api = client();
    /** A browser signed in with the form before the outage. */
    private final HttpClient signedInBrowser = client();
    /** A browser that opened the sign-in page before the outage and submits it during it. */
    private final HttpClient signingInBrowser = client();

    @Test
    void withTheDatabaseDownRequestsAnswer503AndTheApplicationRecoversWithoutRestart() throws Exception {
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/api/service-types", Map.of("Authorization", basic(ADMIN, PASSWORD))).statusCode())
                .isEqualTo(200);
        assertThat(signIn(signedInBrowser, csrfTokenOfTheSignInPage(signedInBrowser)).statusCode()).isEqualTo(302);
        assertThat(get(signedInBrowser, "/contributions", Map.of("Accept", "text/html")).statusCode()).isEqualTo(200);
        String csrf = csrfTokenOfTheSignInPage(signingInBrowser);

        database.stop();

        long askedAt = System.nanoTime();
        HttpResponse<String> health = get("/actuator/health", Map.of());
        long healthMillis = (System.nanoTime() - askedAt) / 1_000_000;
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(healthMillis).as("health answers DOWN within 2 s").isLessThan(2000);

        HttpResponse<String> api = get("/api/service-types", Map.of("Accept", "application/json"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(api.body()).contains("\"status\":503", "the database is unavailable");

        HttpResponse<String> page = get(signedInBrowser, "/contributions",
                Map.of("Accept", "text/html,application/xhtml+xml"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<h1>Briefly unavailable</h1>");

        // valid credentials while the accounts cannot be read: 503, never 401, however often they are sent
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> signedIn = get("/api/service-types", Map.of("Authorization", basic(ADMIN, PASSWORD)));
            assertThat(signedIn.statusCode()).isEqualTo(503);
            assertThat(signedIn.headers().firstValue("Retry-After")).hasValue("5");
        }
        HttpResponse<String> form = signIn(signingInBrowser, csrf);
        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("Briefly unavailable");

        database.resume();

        long back = System.nanoTime();
        while (get("/actuator/health", Map.of()).statusCode() != 200) {
            assertThat((System.nanoTime() - back) / 1_000_000).as("health UP within 2 s of the database's return")
                    .isLessThan(2000);
            Thread.sleep(50);
        }
        long recoveryMillis = (System.nanoTime() - back) / 1_000_000;
        System.out.printf("database outage: health DOWN after %d ms, UP %d ms after the database returned%n",
                healthMillis, recoveryMillis);
        // the failed sign-ins counted for nothing: the account is neither locked nor a step closer to it
        assertThat(get("/api/service-types", Map.of("Authorization", basic(ADMIN, PASSWORD))).statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT failed_attempts, locked_until FROM app_user WHERE username = ?", ADMIN))
                .containsEntry("failed_attempts", 0).containsEntry("locked_until", null);
    }

    private String csrfTokenOfTheSignInPage(HttpClient browser) throws IOException, InterruptedException {
        String page = get(browser, "/login", Map.of("Accept", "text/html")).body();
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> signIn(HttpClient browser, String csrf) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return get(api, path, headers);
    }

    private HttpResponse<String> get(HttpClient client, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
