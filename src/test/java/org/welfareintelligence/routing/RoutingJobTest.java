package org.welfareintelligence.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.routing.core.PlanChecker;
import org.welfareintelligence.support.EventStreams;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A morning of home visits around a sample-city home-care centre, planned through the API: 12 visits at the
 * census sections nearest the centre (by section code) and 2 given as points, 3 operators leaving from the
 * centre by its facility code. Every plan the service makes is checked by {@link PlanChecker} against the
 * problem it built, and the answer's figures against PostGIS distances and the request's rules.
 */
class RoutingJobTest extends SampleCityApiTest {

    private static final String BASE = "/api/routing/jobs";

    private final JsonMapper json = JsonMapper.builder().build();
    @Autowired
    private RoutingJobs jobs;
    @Autowired
    private RoutingDays days;
    private String centre;
    private List<String> sections;

    @BeforeEach
    void pickTheCentreAndItsNeighbours() {
        centre = jdbc.queryForObject("""
                SELECT f.code FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'HOME_CARE' AND f.status = 'OPEN' ORDER BY f.code LIMIT 1""", String.class);
        sections = jdbc.queryForList("""
                SELECT s.code FROM census_section s, facility f WHERE f.code = ? AND s.centroid IS NOT NULL
                ORDER BY s.centroid <-> f.geom LIMIT 14""", String.class, centre);
    }

    /** 14 visits: 12 at sections, 2 at the points of the last two; visit 0 needs physiotherapy, nobody has it. */
    private String day() {
        List<String> visits = new ArrayList<>();
        for (int v = 0; v < 14; v++) {
            String place = v < 12 ? "\"section\": \"" + sections.get(v) + "\"" : point(sections.get(v));
            String window = v % 3 == 0 ? "\"windowStart\": \"08:30\", \"windowEnd\": \"10:00\""
                    : v % 3 == 1 ? "\"windowStart\": \"10:00\", \"windowEnd\": \"12:30\""
                    : "\"windowStart\": \"08:00\", \"windowEnd\": \"13:00\"";
            String skill = v == 0 ? "physiotherapy" : v % 4 == 1 ? "nursing" : "personal-care";
            visits.add("{\"id\": \"V%d\", %s, \"durationMinutes\": 30, %s, \"skill\": \"%s\", \"priority\": %d}"
                    .formatted(v, place, window, skill, v == 5 ? 2 : 0));
        }
        String operators = """
                {"id": "Anna", "startFacility": "%1$s", "shiftStart": "08:00", "shiftEnd": "14:00",
                 "skills": ["nursing", "personal-care"], "breakEarliest": "11:00", "breakLatest": "12:00", "breakMinutes": 30},
                {"id": "Bruno", "startFacility": "%1$s", "shiftStart": "08:00", "shiftEnd": "13:00",
                 "skills": ["personal-care"]},
                {"id": "Carla", "startFacility": "%1$s", "shiftStart": "09:00", "shiftEnd": "14:00",
                 "skills": ["nursing", "personal-care", "companionship"], "breakMinutes": 20, "breakEarliest": "12:00"}
                """.formatted(centre);
        return "{\"visits\": [" + String.join(",", visits) + "], \"operators\": [" + operators
                + "], \"timeLimitSeconds\": 2}";
    }

    private String point(String section) {
        return jdbc.queryForObject("SELECT format('\"lat\": %s, \"lon\": %s', ST_Y(centroid), ST_X(centroid)) "
                + "FROM census_section WHERE code = ?", String.class, section);
    }

    @Test
    void aMorningOfHomeVisitsIsPlannedWithinEveryRule() throws Exception {
        String job = submitJson(day(), httpBasic("admin", "admin"));
        MvcResult events = mvc.perform(get(job + "/events").with(httpBasic("admin", "admin")))
                .andExpect(request().asyncStarted()).andReturn();
        JsonNode answer = awaitPlan(job, httpBasic("admin", "admin"));
        assertThat(EventStreams.untilDone(events)).contains("event:done").contains("\"SUCCEEDED\"");

        JsonNode plan = answer.at("/plan");
        // V0 needs physiotherapy, which no operator has; the others fit in the morning of three operators
        assertThat(plan.at("/unplanned").size()).isEqualTo(1);
        assertThat(plan.at("/unplanned/0/visit").asString()).isEqualTo("V0");
        assertThat(plan.at("/unplanned/0/reason").asString()).isEqualTo("NO_OPERATOR_WITH_SKILL");
        assertThat(plan.at("/visitsPlanned").asInt()).isEqualTo(13);

        Map<String, Set<String>> skills = Map.of("Anna", Set.of("nursing", "personal-care"),
                "Bruno", Set.of("personal-care"), "Carla", Set.of("nursing", "personal-care", "companionship"));
        Set<String> seen = new HashSet<>();
        long travel = 0;
        for (JsonNode day : plan.at("/operators")) {
            String operator = day.at("/operator").asString();
            travel += day.at("/travelMetres").asLong();
            String previous = day.at("/departure").asString();
            assertThat(previous).isGreaterThanOrEqualTo(day.at("/shiftStart").asString());
            assertThat(day.at("/back").asString()).isLessThanOrEqualTo(day.at("/shiftEnd").asString());
            for (JsonNode stop : day.at("/stops")) {
                assertThat(seen.add(stop.at("/visit").asString())).isTrue();
                assertThat(skills.get(operator)).contains(stop.at("/skill").asString());
                String start = stop.at("/start").asString();
                assertThat(start).isBetween(stop.at("/windowStart").asString(), stop.at("/windowEnd").asString());
                assertThat(stop.at("/arrival").asString()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(start);
                previous = stop.at("/departure").asString();
            }
            if (operator.equals("Anna") && !day.at("/breakStart").isNull()) {
                // shown only when taken before the return, and then within its allowed start
                assertThat(day.at("/breakStart").asString()).isBetween("11:00", "12:00")
                        .isLessThan(day.at("/back").asString());
            }
        }
        assertThat(seen).hasSize(13);
        assertThat(plan.at("/travelMetres").asLong()).isEqualTo(travel).isPositive();
        checkTheFirstLegAgainstPostgis(plan);
        checkExports(job, plan);
    }

    /** The first leg of a used operator is 1.3 × the metric straight line from the centre, by PostGIS. */
    private void checkTheFirstLegAgainstPostgis(JsonNode plan) {
        for (JsonNode day : plan.at("/operators")) {
            if (!day.at("/used").asBoolean()) {
                continue;
            }
            JsonNode first = day.at("/stops/0/point");
            double metres = jdbc.queryForObject("""
                    SELECT ST_Distance(ST_Transform(f.geom, 32632),
                                       ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 32632))
                    FROM facility f WHERE f.code = ?""", Double.class,
                    first.at("/lon").asDouble(), first.at("/lat").asDouble(), centre);
            assertThat(day.at("/stops/0/travelMetres").asLong()).isEqualTo(Math.round(1.3 * metres));
            // 15 km/h is 250 m a minute
            assertThat(day.at("/stops/0/travelMinutes").asLong()).isEqualTo(Math.round(1.3 * metres / (15 / 3.6) / 60));
        }
    }

    private void checkExports(String job, JsonNode plan) throws Exception {
        RequestPostProcessor admin = httpBasic("admin", "admin");
        List<String> rows = mvc.perform(get(job + ".csv").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString().lines().toList();
        assertThat(rows.get(0)).startsWith("operator,sequence,visit,lat,lon,place,arrival,start,departure");
        assertThat(rows).hasSize(1 + 13 + 1);
        assertThat(rows.get(14)).contains("\"V0\"").endsWith("NO_OPERATOR_WITH_SKILL");

        JsonNode geo = json.readTree(mvc.perform(get(job + ".geojson").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        int lines = 0;
        int stops = 0;
        for (JsonNode feature : geo.at("/features")) {
            switch (feature.at("/properties/kind").asString()) {
                case "route" -> {
                    lines++;
                    String operator = feature.at("/properties/operator").asString();
                    JsonNode day = dayOf(plan, operator);
                    // centre, every stop, centre
                    assertThat(feature.at("/geometry/coordinates").size()).isEqualTo(day.at("/stops").size() + 2);
                }
                case "stop" -> stops++;
                case "centre" -> assertThat(feature.at("/properties/place").asString()).isNotBlank();
                case "unplanned" -> assertThat(feature.at("/properties/visit").asString()).isEqualTo("V0");
                default -> throw new AssertionError("unexpected feature " + feature);
            }
        }
        assertThat(lines).isEqualTo(plan.at("/operatorsUsed").asInt());
        assertThat(stops).isEqualTo(13);

        String operator = plan.at("/operators/0/operator").asString();
        assertThat(pdfText(job, operator, "it")).contains("Foglio di giornata: " + operator).contains("Rientro");
        String english = pdfText(job, operator, "en");
        assertThat(english).contains("Day sheet: " + operator).contains("Return");
        for (JsonNode stop : plan.at("/operators/0/stops")) {
            assertThat(english).contains(stop.at("/visit").asString()).contains(stop.at("/start").asString());
        }
        mvc.perform(get(job + "/operators/Nobody.pdf").with(admin)).andExpect(status().isNotFound());
    }

    private String pdfText(String job, String operator, String language) throws Exception {
        byte[] pdf = mvc.perform(get(job + "/operators/" + operator + ".pdf").header("Accept-Language", language)
                .with(httpBasic("admin", "admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the first page as an image, for a person to look at
            Path image = Path.of("target", "screenshots", "routes-day-sheet-" + language + ".png");
            Files.createDirectories(image.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png", image.toFile());
            return new PDFTextStripper().getText(document);
        }
    }

    private static JsonNode dayOf(JsonNode plan, String operator) {
        return IntStream.range(0, plan.at("/operators").size()).mapToObj(i -> plan.at("/operators").get(i))
                .filter(d -> d.at("/operator").asString().equals(operator)).findFirst().orElseThrow();
    }

    @Test
    void theSameDayUploadedAsTwoCsvFilesIsPlannedAlike() throws Exception {
        StringBuilder visits = new StringBuilder("id,section,lat,lon,duration_minutes,window_start,window_end,skill,priority\n");
        for (int v = 0; v < 6; v++) {
            visits.append("V%d,%s,,,20,08:00,12:00,personal-care,0\n".formatted(v, sections.get(v)));
        }
        String operators = "id,start_facility,shift_start,shift_end,skills,break_earliest,break_latest,break_minutes\n"
                + "Anna," + centre + ",08:00,12:00,nursing;personal-care,10:00,10:30,15\n"
                + "Bruno," + centre + ",08:00,12:00,personal-care,,,\n";
        MvcResult submitted = mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("visits", "visits.csv", "text/csv", visits.toString().getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("operators", "operators.csv", "text/csv", operators.getBytes(StandardCharsets.UTF_8)))
                        .param("timeLimitSeconds", "1").with(user("olga").roles("ORGANISATION")).with(csrf()))
                .andExpect(status().isAccepted()).andReturn();
        String job = submitted.getResponse().getHeader("Location");
        JsonNode plan = awaitPlan(job, user("olga").roles("ORGANISATION")).at("/plan");
        assertThat(plan.at("/unplanned").size()).isZero();
        assertThat(plan.at("/visitsPlanned").asInt()).isEqualTo(6);
        assertThat(plan.at("/operators/0/start/place").asString()).isNotBlank();
    }

    @Test
    void theMapOffersTheRoutesPanelInTheReadersLanguageToTheRolesThatMayPlanRoutes() throws Exception {
        String italian = mvc.perform(get("/").header("Accept-Language", "it").accept(MediaType.TEXT_HTML)
                        .with(user("olga").roles("ORGANISATION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(italian).contains("id=\"routes\"").contains("Percorsi e orari").contains("/js/routes.js")
                .contains("nessun operatore ha la competenza richiesta");
        String english = mvc.perform(get("/").header("Accept-Language", "en").accept(MediaType.TEXT_HTML)
                        .with(user("pia").roles("PLANNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Routes and schedules").contains("no operator has the skill it needs");
        String foundation = mvc.perform(get("/").accept(MediaType.TEXT_HTML).with(user("fede").roles("FOUNDATION")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(foundation).doesNotContain("id=\"routes\"").doesNotContain("routes.js");
    }

    @Test
    void aCancelledJobEndsAsCancelledAndHasNoPlan() throws Exception {
        RequestPostProcessor olga = user("olga").roles("ORGANISATION");
        String job = submitJson(day().replace("\"timeLimitSeconds\": 2", "\"timeLimitSeconds\": 20"), olga);
        mvc.perform(delete(job).with(olga).with(csrf())).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get(job).with(olga)).andExpect(jsonPath("$.job.state").value("CANCELLED"))
                .andExpect(jsonPath("$.plan").doesNotExist());
        mvc.perform(get(job + ".csv").with(olga)).andExpect(status().isConflict());
        mvc.perform(delete(job).with(user("otto").roles("ORGANISATION")).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void theSampleDayIsFortyHomeVisitsByFourOperatorsAroundAHomeCareCentre() throws Exception {
        RequestPostProcessor planner = user("pia").roles("PLANNER");
        String day = mvc.perform(get("/api/routing/sample-day").with(planner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode request = json.readTree(day);
        assertThat(request.at("/visits").size()).isEqualTo(SampleDays.VISITS);
        assertThat(request.at("/operators").size()).isEqualTo(4);
        String centre = request.at("/operators/0/startFacility").asString();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE f.code = ? AND st.code = 'HOME_CARE'""",
                Integer.class, centre)).isEqualTo(1);
        JsonNode plan = awaitPlan(submitJson(day, planner), planner).at("/plan");
        assertThat(plan.at("/visitsPlanned").asInt() + plan.at("/unplanned").size()).isEqualTo(SampleDays.VISITS);
        assertThat(plan.at("/visitsPlanned").asInt()).isGreaterThan(30);
    }

    @Test
    void plansAreSeenOnlyByTheirSubmitterAndAdministrators() throws Exception {
        RequestPostProcessor olga = user("olga").roles("ORGANISATION");
        String job = submitJson(day(), olga);
        awaitPlan(job, olga);
        mvc.perform(get(job).with(user("otto").roles("ORGANISATION"))).andExpect(status().isNotFound());
        mvc.perform(get(job + ".csv").with(user("pia").roles("PLANNER"))).andExpect(status().isNotFound());
        mvc.perform(get(job).with(httpBasic("admin", "admin"))).andExpect(status().isOk());
        mvc.perform(get(job).with(user("fede").roles("FOUNDATION"))).andExpect(status().isForbidden());
        mvc.perform(post(BASE).with(user("fede").roles("FOUNDATION")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(day())).andExpect(status().isForbidden());
        mvc.perform(get(job)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE dataset = 'ROUTES' AND username = 'olga'",
                Integer.class)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "windowStart": "10:00", "windowEnd": "09:00"   | visits[1].windowEnd: 09:00 is before the window's start 10:00
            "windowStart": "9 o'clock"                     | visits[1].windowStart: a time of day as HH:mm is required
            "skill": "dialysis"                            | visits[1].skill: skill 'dialysis' is unknown
            "durationMinutes": -5                          | visits[1].durationMinutes: a duration from 0 to 1440 minutes
            "section": "NO_SUCH", "lat": null              | visits[1].section: no census section with a centroid has the code 'NO_SUCH'
            "lat": 9.19, "lon": 45.46, "section": null     | visits[1].lat: the point 9.19, 45.46 lies
            "priority": 11                                 | visits[1].priority: a priority from 0 (normal) to 10
            """)
    void badVisitsAreRefusedNamingTheFieldAndNothingIsQueued(String override, String message) throws Exception {
        String good = "\"id\": \"V1\", \"section\": \"" + sections.get(0) + "\", \"durationMinutes\": 30, "
                + "\"windowStart\": \"08:00\", \"windowEnd\": \"12:00\", \"skill\": \"nursing\"";
        Map<String, String> fields = new HashMap<>();
        for (String pair : (good + ", " + override).split(", (?=\")")) {
            String[] kv = pair.split(": ", 2);
            fields.put(kv[0], kv[1]);
        }
        StringBuilder visit = new StringBuilder();
        fields.forEach((k, v) -> visit.append(visit.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
        String body = """
                {"visits": [{"id": "V0", "section": "%s", "durationMinutes": 10, "windowStart": "08:00",
                "windowEnd": "12:00"}, {%s}], "operators": [{"id": "A", "startFacility": "%s", "shiftStart": "08:00",
                "shiftEnd": "14:00", "skills": ["nursing"]}]}""".formatted(sections.get(0), visit, centre);
        expectBadRequest(body, message);
    }

    @Test
    void tooManyVisitsAnOperatorShiftEndingBeforeItStartsAndUnknownCentresAreRefused() throws Exception {
        String visit = "{\"id\": \"V%d\", \"lat\": 45.46, \"lon\": 9.19, \"durationMinutes\": 10, "
                + "\"windowStart\": \"08:00\", \"windowEnd\": \"12:00\"}";
        String many = String.join(",", IntStream.range(0, 501).mapToObj(visit::formatted).toList());
        String operator = "{\"id\": \"A\", \"startFacility\": \"%s\", \"shiftStart\": \"%s\", \"shiftEnd\": \"14:00\"}";
        expectBadRequest("{\"visits\": [" + many + "], \"operators\": [" + operator.formatted(centre, "08:00") + "]}",
                "visits: 501 given, at most 500 per day");
        expectBadRequest("{\"visits\": [" + visit.formatted(0) + "], \"operators\": ["
                + operator.formatted(centre, "15:00") + "]}", "operators[0].shiftEnd: 14:00 is not after");
        expectBadRequest("{\"visits\": [" + visit.formatted(0) + "], \"operators\": ["
                + operator.formatted("NO_SUCH", "08:00") + "]}", "operators[0].startFacility: no facility has the code");
        expectBadRequest("{\"visits\": [" + visit.formatted(0) + "], \"operators\": []}", "operators: at least one");
        expectBadRequest("{\"visits\": [" + visit.formatted(0) + "], \"operators\": ["
                + operator.formatted(centre, "08:00") + "], \"timeLimitSeconds\": 600}", "timeLimitSeconds");
        expectBadRequest("{\"visits\": 3}", "the body is not a valid day to plan");
        MvcResult csv = mvc.perform(multipart(BASE)
                        .file(new MockMultipartFile("visits", "v.csv", "text/csv",
                                "id,lat,lon,duration_minutes,window_start,window_end\nV0,45.46,9.19,10,11:00,10:00\n"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("operators", "o.csv", "text/csv",
                                ("id,start_facility,shift_start,shift_end\nA," + centre + ",08:00,14:00\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("admin", "admin")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(csv.getResponse().getContentAsString()).contains("visits, row 2, field window_end: 10:00 is before");
    }

    private void expectBadRequest(String body, String message) throws Exception {
        mvc.perform(post(BASE).with(httpBasic("admin", "admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", org.hamcrest.Matchers.containsString(message)));
    }

    private String submitJson(String body, RequestPostProcessor who) throws Exception {
        MvcResult submitted = mvc.perform(post(BASE).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.id").isNotEmpty()).andReturn();
        return submitted.getResponse().getHeader("Location");
    }

    private JsonNode awaitPlan(String job, RequestPostProcessor who) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = json.readTree(mvc.perform(get(job).with(who)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            String state = answer.at("/job/state").asString();
            if (state.equals("SUCCEEDED")) {
                // every plan the service makes is checked against the problem it built, without trusting the solver
                RoutingJob solved = jobs.find(job.substring(BASE.length() + 1), UsernamePasswordAuthenticationToken
                        .authenticated("admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
                RoutingDay day = days.build(solved.request(), RoutingDays.Naming.JSON);
                assertThat(PlanChecker.violations(day.problem(), jobs.solved(solved).plan())).isEmpty();
                return answer;
            }
            assertThat(state).as("job %s: %s", job, answer).isIn("QUEUED", "RUNNING");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " not solved after 90 s");
    }
}
