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
import java.util.List;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real database outage: the application runs on a PostgreSQL cluster of this test's own, which is stopped
 * (as an operator's restart does) and started again while the application keeps running.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "wi.sample-city.load-on-empty=false", "logging.level.root=WARN", "wi.security.admin-user=outage-admin",
        "wi.security.admin-password=Outage-pass-1", "wi.siting.concurrent-jobs=1", "wi.siting.queued-jobs=2",
        "wi.siting.target-gap=0"})
@DirtiesContext
class DatabaseOutageTest {

    private static final String ADMIN = "outage-admin";
    private static final String PASSWORD = "Outage-pass-1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        // one solver: a plan solving in memory holds it through the outage (no gap is small enough to stop it before
        // its time limit) while a plan on imported travel times waits in the queue
        List<String> sections = plannableSections();
        String solving = submitPlan("\"radiusMetres\": 1000, \"timeLimitSeconds\": 30", null);
        String waiting = submitPlan("\"costs\": \"imported\", \"radiusMinutes\": 4, \"cutoffMinutes\": 40", sections);
        // the outage must find the first plan running (a node claims queued jobs by polling)
        assertThat(awaitRunning(solving)).as("the first plan is solving when the database stops").isEqualTo("RUNNING");

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

        // the plan running through the outage failed and says why; the one waiting in the queue ran afterwards
        JsonNode failed = jobState(solving);
        assertThat(failed.at("/state").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/error").asString()).isEqualTo(
                "the database became unavailable while the job ran: submit it again when the service is back");
        assertThat(jobState(waiting).at("/state").asString()).isEqualTo("SUCCEEDED");
    }

    /**
     * A grid of 60 × 50 sections about 200 m apart with elderly residents (large enough for a plan over every
     * section to hold the solver for seconds), one open home-care centre, and travel minutes from every section to
     * three candidate sections.
     */
    private List<String> plannableSections() {
        Long batch = jdbc.queryForObject("""
                INSERT INTO import_batch (kind, source, loaded_by) VALUES ('sections', 'test', 'test')
                RETURNING id""", Long.class);
        jdbc.update("""
                INSERT INTO census_section (code, centroid, population, batch_id)
                SELECT 'S' || i || '-' || j, ST_SetSRID(ST_MakePoint(9.13 + i * 0.0026, 45.41 + j * 0.0018), 4326), 100, ?
                FROM generate_series(1, 60) i, generate_series(1, 50) j""",
                batch);
        jdbc.update("""
                INSERT INTO demand (target_id, period, section_id, value, source, batch_id)
                SELECT t.id, '2021', s.id, 10 + s.id % 7, 'SYNTHETIC', ? FROM census_section s, target t
                WHERE t.code = 'P_ELDERLY_75_PLUS'""", batch);
        jdbc.update("""
                INSERT INTO facility (code, name, geom, status, batch_id)
                VALUES ('F1', 'Home care', ST_SetSRID(ST_MakePoint(9.16, 45.46), 4326), 'OPEN', ?)""", batch);
        jdbc.update("""
                INSERT INTO facility_service (facility_id, service_type_id, capacity_places, batch_id)
                SELECT f.id, st.id, 20, ? FROM facility f, service_type st WHERE st.code = 'HOME_CARE'""", batch);
        List<String> sections = List.of("S10-10", "S30-25", "S50-40");
        jdbc.update("""
                INSERT INTO travel_cost (origin_section_id, destination_section_id, unit, cost, batch_id)
                SELECT s.id, d.id, 'MINUTES', ST_Distance(s.centroid::geography, d.centroid::geography) / 250, ?
                FROM census_section s, census_section d WHERE d.code = ANY (?)""",
                batch, sections.toArray(String[]::new));
        return sections;
    }

    /** Submits a plan of new home-care sites among the sections listed (null: every section); returns its address. */
    private String submitPlan(String costs, List<String> candidates) throws IOException, InterruptedException {
        String among = candidates == null ? "{\"kind\": \"sections\"}"
                : "{\"kind\": \"list\", \"sectionCodes\": [\"" + String.join("\", \"", candidates) + "\"]}";
        String body = """
                {"model": "p-median", "serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}],
                 "newSites": 2, "candidates": %s, %s}""".formatted(among, costs);
        HttpResponse<String> submitted = api.send(HttpRequest.newBuilder(uri("/api/optimisation/jobs"))
                .header("Authorization", basic(ADMIN, PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        return submitted.headers().firstValue("Location").orElseThrow();
    }

    /** The job's state once a node works it (or it has finished, or 30 s have passed). */
    private String awaitRunning(String job) throws IOException, InterruptedException {
        long since = System.nanoTime();
        while (true) {
            String state = JSON.readTree(get(URI.create(job).getPath(),
                    Map.of("Authorization", basic(ADMIN, PASSWORD))).body()).at("/state").asString();
            if (!"QUEUED".equals(state) || (System.nanoTime() - since) / 1_000_000_000 > 30) {
                return state;
            }
            Thread.sleep(50);
        }
    }

    /** The job's status once it has finished (a job still running after 20 s would be stuck). */
    private JsonNode jobState(String job) throws IOException, InterruptedException {
        long since = System.nanoTime();
        while (true) {
            JsonNode status = JSON.readTree(get(URI.create(job).getPath(),
                    Map.of("Authorization", basic(ADMIN, PASSWORD))).body());
            if (status.at("/finishedAt").isString()
                    || (System.nanoTime() - since) / 1_000_000_000 > 20) {
                return status;
            }
            Thread.sleep(100);
        }
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
