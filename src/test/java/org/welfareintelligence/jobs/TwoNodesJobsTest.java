package org.welfareintelligence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.welfareintelligence.WelfareIntelligenceApplication;
import org.welfareintelligence.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Application nodes on loopback ports against one database share their jobs: a day planned on a node that only
 * accepts jobs is solved by another and followed (GET and server-sent events) on the first; a node stopped while
 * it works a job leaves it to the node still running once its lease has run out.
 */
class TwoNodesJobsTest {

    private static final String BASE = "/api/routing/jobs";
    private static final String SCHEMA = "two_nodes_jobs";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aJobSubmittedOnOneNodeIsSolvedByAnotherAndFollowedOnTheFirst() throws Exception {
        ConfigurableApplicationContext front = node("--wi.routing.concurrent-jobs=0");
        ConfigurableApplicationContext solver = node();

        String job = submit(front, 3);
        Stream<String> events = follow(front, job);
        JsonNode done = lastEvent(events);
        assertThat(done.at("/state").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.at("/visits").asInt()).isEqualTo(10);

        JsonNode onFront = get(front, job);
        assertThat(onFront.at("/job/state").asString()).isEqualTo("SUCCEEDED");
        assertThat(onFront.at("/plan/visitsPlanned").asInt() + onFront.at("/plan/unplanned").size()).isEqualTo(10);
        assertThat(get(solver, job).at("/plan")).as("the same plan on every node").isEqualTo(onFront.at("/plan"));
        assertThat(jdbc().queryForObject("SELECT lease_owner IS NULL AND attempts = 1 FROM job WHERE id = ?",
                Boolean.class, id(job))).isTrue();

        // a job cancelled on the node that does not work it ends so, and the node working it drops its plan
        String cancelled = submit(front, 4);
        awaitState(front, cancelled, "RUNNING");
        HttpResponse<String> cancel = api.send(request(front, cancelled).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(cancel.body()).at("/state").asString()).isEqualTo("CANCELLED");
        String next = submit(front, 1);
        assertThat(awaitState(front, next, "SUCCEEDED").at("/plan").isObject()).isTrue();
        JsonNode stillCancelled = get(solver, cancelled);
        assertThat(stillCancelled.at("/job/state").asString()).isEqualTo("CANCELLED");
        assertThat(stillCancelled.at("/plan").isMissingNode() || stillCancelled.at("/plan").isNull()).isTrue();
    }

    @Test
    void aJobWhoseNodeStopsIsTakenUpByAnotherNode() throws Exception {
        ConfigurableApplicationContext front = node("--wi.routing.concurrent-jobs=0");
        ConfigurableApplicationContext first = node();

        String job = submit(front, 8);
        awaitState(front, job, "RUNNING");
        assertThat(jdbc().queryForObject("SELECT attempts FROM job WHERE id = ?", Integer.class, id(job))).isOne();
        first.close();
        ConfigurableApplicationContext second = node();

        JsonNode solved = awaitState(front, job, "SUCCEEDED");
        assertThat(solved.at("/plan/visitsPlanned").asInt()).isPositive();
        assertThat(jdbc().queryForObject("SELECT attempts FROM job WHERE id = ?", Integer.class, id(job)))
                .as("started again on the second node").isEqualTo(2);
        assertThat(get(second, job).at("/job/state").asString()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aJobWhoseNodeStopsOnItsLastAttemptFailsSayingWhy() throws Exception {
        ConfigurableApplicationContext front = node("--wi.routing.concurrent-jobs=0", "--wi.jobs.max-attempts=1");
        ConfigurableApplicationContext worker = node("--wi.jobs.max-attempts=1");

        String job = submit(front, 20);
        awaitState(front, job, "RUNNING");
        worker.close();

        JsonNode failed = awaitState(front, job, "FAILED");
        assertThat(failed.at("/job/error").asString()).isEqualTo("the job was started 1 time and the node working it "
                + "stopped each time before it finished: submit it again");
    }

    /** Ten visits around Milan's centre and two operators, all given as points: no data needed. */
    private String submit(ConfigurableApplicationContext node, int timeLimitSeconds) throws Exception {
        String visits = String.join(",", IntStream.range(0, 10).mapToObj(v -> """
                {"id": "V%d", "lat": %.4f, "lon": %.4f, "durationMinutes": 20, "windowStart": "08:00",
                 "windowEnd": "13:00"}""".formatted(v, 45.455 + 0.002 * v, 9.18 + 0.003 * (v % 4))).toList());
        String operators = """
                {"id": "Anna", "startLat": 45.4642, "startLon": 9.19, "shiftStart": "08:00", "shiftEnd": "14:00"},
                {"id": "Bruno", "startLat": 45.4642, "startLon": 9.19, "shiftStart": "08:00", "shiftEnd": "14:00"}""";
        String body = "{\"visits\": [" + visits + "], \"operators\": [" + operators + "], \"timeLimitSeconds\": "
                + timeLimitSeconds + "}";
        HttpResponse<String> submitted = api.send(request(node, BASE).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
        return submitted.headers().firstValue("Location").orElseThrow();
    }

    private Stream<String> follow(ConfigurableApplicationContext node, String job) throws Exception {
        HttpResponse<Stream<String>> events = api.send(request(node, job + "/events")
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(events.statusCode()).isEqualTo(200);
        return events.body();
    }

    /** Reads events until "done" and returns its status; the stream ends there. */
    private static JsonNode lastEvent(Stream<String> events) {
        String event = "";
        List<String> progress = new ArrayList<>();
        for (Iterator<String> lines = events.iterator(); lines.hasNext(); ) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                event = line.substring("event:".length());
            } else if (line.startsWith("data:")) {
                if (event.equals("done")) {
                    assertThat(progress).as("progress events before the end").isNotEmpty();
                    return JSON.readTree(line.substring("data:".length()));
                }
                progress.add(line);
            }
        }
        throw new AssertionError("the stream ended without event done after " + progress);
    }

    private JsonNode awaitState(ConfigurableApplicationContext node, String job, String state) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode answer = get(node, job);
        while (!answer.at("/job/state").asString().equals(state)) {
            assertThat(System.nanoTime()).as("job %s %s within 90 s: %s", job, state, answer).isLessThan(deadline);
            Thread.sleep(100);
            answer = get(node, job);
        }
        return answer;
    }

    private JsonNode get(ConfigurableApplicationContext node, String path) throws Exception {
        HttpResponse<String> answer = api.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", ADMIN)
                .timeout(Duration.ofSeconds(60));
    }

    private static String id(String job) {
        return job.substring(BASE.length() + 1);
    }

    /**
     * A node with a short lease, so that a stopped node's job is taken up within seconds. The nodes share a schema
     * of their own: the application contexts other tests keep alive in this JVM work the job table of the default
     * schema, and one of them claiming a job here would stand in for the node under test.
     */
    private ConfigurableApplicationContext node(String... settings) {
        TestDatabase.Connection db = TestDatabase.get();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--wi.sample-city.load-on-empty=false",
                "--wi.network.load-with-sample-city=false", "--logging.level.root=WARN",
                "--spring.datasource.url=" + url(), "--spring.flyway.schemas=" + SCHEMA,
                "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=" + db.password(), "--wi.jobs.lease=2s", "--wi.jobs.poll=200ms"));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext node = new SpringApplicationBuilder(WelfareIntelligenceApplication.class)
                .run(args.toArray(String[]::new));
        if (nodes.isEmpty()) {
            // the first node of each test works no routing jobs: none left by other tests gets in the way
            jdbc().update("DELETE FROM job WHERE kind = 'routing'");
        }
        nodes.add(node);
        return node;
    }

    private static JdbcTemplate jdbc() {
        TestDatabase.Connection db = TestDatabase.get();
        return new JdbcTemplate(new DriverManagerDataSource(url(), db.user(), db.password()));
    }

    /** The test database, with this test's schema first and PostGIS (in public) after it. */
    private static String url() {
        String url = TestDatabase.get().url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
    }
}
