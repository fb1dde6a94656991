package org.welfareintelligence.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.EventStreams;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Where should 3 new home-care centres go, keeping today's ones?" asked of the sample city through the API. */
class SitingJobTest extends SampleCityApiTest {

    private static final String TARGET = "P_ELDERLY_NON_SELF_SUFFICIENT";
    private static final String QUESTION = """
            {"model": "p-median", "serviceType": "HOME_CARE", "targets": [{"code": "%s"}], "newSites": 3,
             "radiusMetres": 1000, "timeLimitSeconds": 3}""".formatted(TARGET);

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void threeNewHomeCareCentresKeepingTodaysOnes() throws Exception {
        String job = submit(QUESTION, admin());
        MvcResult events = mvc.perform(get(job + "/events").with(admin())).andExpect(request().asyncStarted())
                .andReturn();
        awaitState(job, "SUCCEEDED", admin());
        String stream = EventStreams.untilDone(events);
        assertThat(stream).contains("event:progress").contains("event:done").contains("\"state\":\"SUCCEEDED\"");

        JsonNode result = json.readTree(mvc.perform(get(job + "/result").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<double[]> existing = existingHomeCareCentres();
        assertThat(result.at("/problem/existingSites").asInt()).isEqualTo(existing.size()).isGreaterThan(0);
        assertThat(result.at("/existingSites").size()).isEqualTo(existing.size());

        JsonNode newSites = result.at("/newSites");
        assertThat(newSites.size()).isEqualTo(3);
        double savedBySites = 0;
        double coveredBySites = 0;
        for (JsonNode site : newSites) {
            // a chosen site is a section centroid, none where a home-care centre stands today
            for (double[] centre : existing) {
                assertThat(Math.hypot(site.at("/lon").asDouble() - centre[0], site.at("/lat").asDouble() - centre[1]))
                        .isGreaterThan(1e-6);
            }
            assertThat(site.at("/adds/personTravelSaved").asDouble()).isPositive();
            assertThat(site.at("/adds/withinRadius/" + TARGET).asDouble()).isPositive();
            // named as a planner tells a colleague where: neighbourhood and nearest address, not a section code
            String neighbourhood = jdbc.queryForObject("""
                    SELECT name FROM territorial_area WHERE level = 'NEIGHBOURHOOD'
                    AND ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)) ORDER BY id LIMIT 1""",
                    String.class, site.at("/lon").asDouble(), site.at("/lat").asDouble());
            assertThat(site.at("/name").asString()).startsWith(neighbourhood)
                    .matches(".+, a \\d+ m da .+|" + java.util.regex.Pattern.quote(neighbourhood))
                    .doesNotContain(site.at("/code").asString());
            savedBySites += site.at("/adds/personTravelSaved").asDouble();
            coveredBySites += site.at("/adds/withinRadius/" + TARGET).asDouble();
        }
        // each person's gain is credited to the new site now serving them, so the sites' gains add up to the total
        JsonNode comparison = result.at("/comparison");
        assertThat(comparison.at("/personTravelPlan").asDouble())
                .isLessThan(comparison.at("/personTravelToday").asDouble());
        assertThat(savedBySites).isCloseTo(comparison.at("/personTravelSaved").asDouble(), within(1.0));
        JsonNode access = result.at("/targets/0");
        assertThat(coveredBySites).isCloseTo(access.at("/gain/withinRadius").asDouble(), within(0.1));
        assertThat(access.at("/plan/shareWithinRadius").asDouble())
                .isGreaterThanOrEqualTo(access.at("/today/shareWithinRadius").asDouble());
        assertThat(access.at("/plan/meanDistance").asDouble()).isLessThan(access.at("/today/meanDistance").asDouble());
        double located = jdbc.queryForObject("""
                SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id
                JOIN census_section s ON s.id = d.section_id WHERE t.code = ? AND s.centroid IS NOT NULL
                  AND d.period = (SELECT max(period) FROM demand)""",
                Double.class, TARGET);
        assertThat(access.at("/demand").asDouble()).isCloseTo(located, within(0.05));

        JsonNode certificate = result.at("/certificate");
        assertThat(certificate.at("/objective").asDouble())
                .isCloseTo(comparison.at("/personTravelPlan").asDouble(), within(1.0));
        assertThat(certificate.at("/stopReason").asString()).isNotBlank();
        assertThat(certificate.at("/gap").isNumber()).as("gap certificate: %s", certificate).isTrue();
        // a bound that proves optimality may exceed the objective by rounding in the last digits
        assertThat(certificate.at("/lowerBound").asDouble())
                .isLessThanOrEqualTo(certificate.at("/objective").asDouble() * (1 + 1e-9));

        checkGeoJson(job, existing.size(), result.at("/problem/demandPoints").asInt());
        checkCsv(job, existing.size(), result.at("/problem/demandPoints").asInt());
    }

    private void checkGeoJson(String job, int existing, int demandPoints) throws Exception {
        JsonNode geo = json.readTree(mvc.perform(get(job + "/result.geojson").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("geo+json")))
                .andReturn().getResponse().getContentAsString());
        int newPoints = 0;
        int existingPoints = 0;
        int lines = 0;
        for (JsonNode feature : geo.at("/features")) {
            switch (feature.at("/properties/kind").asString()) {
                case "new" -> {
                    newPoints++;
                    assertThat(feature.at("/geometry/type").asString()).isEqualTo("Point");
                    assertThat(feature.at("/properties/personTravelSaved").asDouble()).isPositive();
                }
                case "existing" -> existingPoints++;
                case "allocation" -> {
                    lines++;
                    assertThat(feature.at("/geometry/coordinates").size()).isEqualTo(2);
                    assertThat(feature.at("/properties/distance").asDouble())
                            .isLessThanOrEqualTo(feature.at("/properties/distanceToday").asDouble());
                }
                default -> throw new AssertionError("unexpected feature " + feature);
            }
        }
        assertThat(newPoints).isEqualTo(3);
        assertThat(existingPoints).isEqualTo(existing);
        assertThat(lines).isEqualTo(demandPoints);
    }

    private void checkCsv(String job, int existing, int demandPoints) throws Exception {
        String sections = mvc.perform(get(job + "/result.csv").param("table", "sections").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> rows = sections.lines().toList();
        assertThat(rows.get(0)).isEqualTo("section,lon,lat," + TARGET
                + ",site_today,distance_today_m,site_plan,site_plan_kind,distance_plan_m");
        assertThat(rows).hasSize(demandPoints + 1);
        Set<String> newSitesServing = new HashSet<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).hasSize(9);
            assertThat(cells[7]).isIn("existing", "new");
            assertThat(Double.parseDouble(cells[8])).isLessThanOrEqualTo(Double.parseDouble(cells[5]));
            if (cells[7].equals("new")) {
                newSitesServing.add(cells[6]);
            }
        }
        assertThat(newSitesServing).hasSize(3);
        String sites = mvc.perform(get(job + "/result.csv").param("table", "sites").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sites.lines().count()).isEqualTo(existing + 3 + 1);
        assertThat(sites.lines().filter(line -> line.contains(",\"new\",") || line.contains(",new,")).count())
                .isEqualTo(3);
    }

    @Test
    void maximalCoveringCountsThePeopleItBringsWithinTheRadius() throws Exception {
        String job = submit(QUESTION.replace("\"p-median\"", "\"max-covering\""), admin());
        awaitState(job, "SUCCEEDED", admin());
        JsonNode result = json.readTree(mvc.perform(get(job + "/result").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(result.at("/newSites").size()).isEqualTo(3);
        JsonNode access = result.at("/targets/0");
        // the model's objective (covered weight, one target of weight 1) is the plan's people within the radius
        assertThat(result.at("/certificate/objective").asDouble())
                .isCloseTo(access.at("/plan/withinRadius").asDouble(), within(0.05));
        assertThat(access.at("/gain/withinRadius").asDouble()).isPositive();
        assertThat(result.at("/certificate/upperBound").asDouble())
                .isGreaterThanOrEqualTo(result.at("/certificate/objective").asDouble());
    }

    @Test
    void capacitatedPlansAreComparedWithTodayWithinTheSameCapacities() throws Exception {
        String job = submit(QUESTION.replace("\"p-median\"", "\"capacitated-p-median\"")
                .replace("\"newSites\": 3", "\"newSites\": 3, \"newSiteCapacity\": 400"), admin());
        JsonNode result = result(job);
        JsonNode comparison = result.at("/comparison");
        // today's centres serve within their places too, so the plan's new places let more people be served (not
        // more than all places hold), and people without a place count at the cutoff, so serving them saves travel
        double servedMore = comparison.at("/unservedToday").asDouble() - comparison.at("/unservedPlan").asDouble();
        assertThat(servedMore).isPositive();
        double places = jdbc.queryForObject("""
                SELECT sum(fs.capacity_places) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE st.code = 'HOME_CARE' AND f.status = 'OPEN'""",
                Double.class) + 3 * 400;
        assertThat(result.at("/targets/0/demand").asDouble() - comparison.at("/unservedPlan").asDouble())
                .isLessThanOrEqualTo(places + 1e-6);
        // the certificate on the people without a place: everyone beyond all the places
        assertThat(comparison.at("/unservedAtLeast").asDouble())
                .isCloseTo(result.at("/targets/0/demand").asDouble() - places, within(0.01))
                .isLessThanOrEqualTo(comparison.at("/unservedPlan").asDouble());
        assertThat(comparison.at("/personTravelSaved").asDouble()).isPositive();
        for (JsonNode site : result.at("/newSites")) {
            assertThat(site.at("/allocated/" + TARGET).asDouble()).isLessThanOrEqualTo(400 + 1e-6);
        }
    }

    @Test
    void maximumCapacitatedCoveringServesPartsOfSectionsWithinTheRadiusAndThePlaces() throws Exception {
        String job = submit(QUESTION.replace("\"p-median\"", "\"max-capacitated-covering\"")
                .replace("\"newSites\": 3", "\"newSites\": 3, \"newSiteCapacity\": 400"), admin());
        JsonNode result = result(job);
        JsonNode comparison = result.at("/comparison");
        double demand = result.at("/targets/0/demand").asDouble();
        // one target of weight 1: the model's objective is the people served, everyone else is unserved
        assertThat(result.at("/certificate/objective").asDouble())
                .isCloseTo(demand - comparison.at("/unservedPlan").asDouble(), within(0.5));
        assertThat(result.at("/certificate/upperBound").asDouble())
                .isGreaterThanOrEqualTo(result.at("/certificate/objective").asDouble());
        double servedMore = comparison.at("/unservedToday").asDouble() - comparison.at("/unservedPlan").asDouble();
        assertThat(servedMore).isPositive().isLessThanOrEqualTo(1_200 + 1e-6);
        for (JsonNode site : result.at("/newSites")) {
            assertThat(site.at("/allocated/" + TARGET).asDouble()).isPositive().isLessThanOrEqualTo(400 + 1e-6);
        }
        assertThat(comparison.at("/unservedAtLeast").asDouble()).isPositive()
                .isLessThanOrEqualTo(comparison.at("/unservedPlan").asDouble() + 0.01);
    }

    @Test
    void withDemandFarBeyondThePlacesNewSitesSpreadOutAndAreAllPhased() throws Exception {
        // 20 places a site: every candidate fills up alike, so the served weight ties everywhere
        String job = submit(QUESTION.replace("\"p-median\"", "\"max-capacitated-covering\"")
                .replace("\"newSites\": 3", "\"newSites\": 3, \"newSiteCapacity\": 20, "
                        + "\"phasing\": {\"budgetPerYear\": [1, 1, 1]}"), admin());
        JsonNode result = result(job);
        JsonNode sites = result.at("/newSites");
        assertThat(sites.size()).isEqualTo(3);
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                assertThat(metres(sites.get(a), sites.get(b))).as("distance between new sites %d and %d", a, b)
                        .isGreaterThan(500);
            }
        }
        // the phasing counts the places each site adds, as the plan does: all three open, one a year
        assertThat(result.at("/phasing/notScheduled").size()).isZero();
        for (int y = 0; y < 3; y++) {
            assertThat(result.at("/phasing/years").get(y).at("/opens").size()).isEqualTo(1);
        }
    }

    private static double metres(JsonNode a, JsonNode b) {
        double lat = Math.toRadians((a.at("/lat").asDouble() + b.at("/lat").asDouble()) / 2);
        double dx = (a.at("/lon").asDouble() - b.at("/lon").asDouble()) * 111_320 * Math.cos(lat);
        double dy = (a.at("/lat").asDouble() - b.at("/lat").asDouble()) * 110_574;
        return Math.hypot(dx, dy);
    }

    @Test
    void phasingOpensOneNewSiteAYearAndReachMatchesThePlanOnceAllAreOpen() throws Exception {
        String job = submit(QUESTION.replace("\"newSites\": 3", "\"newSites\": 3, \"phasing\": "
                + "{\"budgetPerYear\": [1, 1, 1, 0]}"), admin());
        JsonNode result = result(job);
        JsonNode years = result.at("/phasing/years");
        assertThat(years.size()).isEqualTo(4);
        Set<String> opened = new HashSet<>();
        double previous = result.at("/targets/0/today/withinRadius").asDouble();
        for (int y = 0; y < 4; y++) {
            JsonNode year = years.get(y);
            assertThat(year.at("/year").asInt()).isEqualTo(y + 1);
            assertThat(year.at("/opens").size()).isEqualTo(y < 3 ? 1 : 0);
            year.at("/opens").forEach(code -> opened.add(code.asString()));
            double within = year.at("/withinRadius/" + TARGET).asDouble();
            // reach never falls as sites open, and each of the first years adds someone
            assertThat(within).isGreaterThanOrEqualTo(previous);
            previous = within;
        }
        assertThat(opened).containsExactlyInAnyOrderElementsOf(codes(result.at("/newSites")));
        assertThat(result.at("/phasing/notScheduled").size()).isZero();
        // once all three are open the reach is the plan's
        assertThat(years.get(2).at("/withinRadius/" + TARGET).asDouble())
                .isCloseTo(result.at("/targets/0/plan/withinRadius").asDouble(), within(0.01));
        assertThat(result.at("/phasing/upperBound").asDouble())
                .isGreaterThanOrEqualTo(result.at("/phasing/cumulativeWithinRadius").asDouble() - 0.1);
        String sites = mvc.perform(get(job + "/result.csv").param("table", "sites").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sites.lines().findFirst().orElseThrow()).endsWith(",opening_year");
        assertThat(sites.lines().filter(line -> line.contains("new")).map(line -> line.substring(line.lastIndexOf(',') + 1))
                .sorted().toList()).containsExactly("1", "2", "3");
    }

    @Test
    void readersBelowThePlannerRoleCannotRunOrReadJobs() throws Exception {
        // optimisation sees exact demand per section, so it is for the municipality only: organisations and
        // foundations are refused before anything is queued
        String job = submit(QUESTION, admin());
        for (String role : new String[] {"ORGANISATION", "FOUNDATION"}) {
            RequestPostProcessor reader = user("reader").roles(role);
            mvc.perform(post("/api/optimisation/jobs").contentType(MediaType.APPLICATION_JSON).content(QUESTION)
                            .with(reader).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(job + "/result.csv").param("table", "sections").with(reader))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void newSitesComeFromAGridOverTheCityOrFromAGivenList() throws Exception {
        String grid = submit(QUESTION.replace("\"newSites\": 3", "\"newSites\": 2, \"candidates\": "
                + "{\"kind\": \"grid\", \"spacingMetres\": 500}"), admin());
        awaitState(grid, "SUCCEEDED", admin());
        JsonNode onGrid = json.readTree(mvc.perform(get(grid + "/result").with(admin()))
                .andReturn().getResponse().getContentAsString());
        double cityKm2 = jdbc.queryForObject("SELECT ST_Area(ST_Transform(geom, 32632)) / 1e6 FROM territorial_area "
                + "WHERE level = 'CITY'", Double.class);
        // one candidate per 0.25 km² cell whose centre lies in the city
        assertThat(onGrid.at("/problem/candidateSites").asDouble()).isCloseTo(cityKm2 * 4, within(cityKm2 * 0.2));
        for (JsonNode site : onGrid.at("/newSites")) {
            assertThat(site.at("/code").asString()).startsWith("G");
            assertThat(jdbc.queryForObject("SELECT ST_Contains(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)) "
                    + "FROM territorial_area WHERE level = 'CITY'", Boolean.class,
                    site.at("/lon").asDouble(), site.at("/lat").asDouble())).isTrue();
        }

        List<String> sections = jdbc.queryForList("SELECT code FROM census_section WHERE centroid IS NOT NULL "
                + "ORDER BY code LIMIT 2", String.class);
        String list = submit(QUESTION.replace("\"newSites\": 3", "\"newSites\": 2, \"candidates\": {\"kind\": "
                + "\"list\", \"points\": [[9.12, 45.44], [9.26, 45.47]], \"sectionCodes\": [\"" + sections.get(0)
                + "\", \"" + sections.get(1) + "\"]}"), admin());
        awaitState(list, "SUCCEEDED", admin());
        JsonNode fromList = json.readTree(mvc.perform(get(list + "/result").with(admin()))
                .andReturn().getResponse().getContentAsString());
        assertThat(fromList.at("/problem/candidateSites").asInt()).isEqualTo(4);
        List<String> chosen = new ArrayList<>();
        fromList.at("/newSites").forEach(site -> chosen.add(site.at("/code").asString()));
        assertThat(chosen).hasSize(2).isSubsetOf("P1", "P2", sections.get(0), sections.get(1));
    }

    @Test
    void cancellingStopsTheJob() throws Exception {
        String job = submit(QUESTION.replace("\"timeLimitSeconds\": 3", "\"timeLimitSeconds\": 30"), admin());
        mvc.perform(delete(job).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get(job).with(admin())).andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get(job + "/result").with(admin()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("CANCELLED")));
    }

    @Test
    void aJobIsVisibleOnlyToItsOwnerAndAdministrators() throws Exception {
        String job = submit(QUESTION, admin());
        RequestPostProcessor alice = user("alice").roles("PLANNER");
        mvc.perform(get(job).with(alice)).andExpect(status().isNotFound());
        mvc.perform(get(job + "/events").with(alice)).andExpect(status().isNotFound());
        mvc.perform(get(job + "/result").with(alice)).andExpect(status().isNotFound());
        mvc.perform(delete(job).with(alice).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(job)).andExpect(status().isUnauthorized());

        String hers = submit(QUESTION, alice);
        mvc.perform(get(hers).with(alice)).andExpect(status().isOk());
        mvc.perform(get(hers).with(admin())).andExpect(status().isOk());
        mvc.perform(get(hers).with(user("bob").roles("PLANNER"))).andExpect(status().isNotFound());
        awaitState(job, "SUCCEEDED", admin());
        awaitState(hers, "SUCCEEDED", alice);
    }

    /**
     * Travel times imported in minutes that are exactly the straight-line distance × 1.3 at 250 m a minute,
     * listed within 40 minutes (10 km): the plan must open the same sites as the euclidean one with the same
     * detour, radius and cutoff, at 1/250 of its person-metres.
     */
    @Test
    void importedTravelTimesPlanLikeTheDistancesTheyAreProportionalTo() throws Exception {
        List<String> sections = jdbc.queryForList("""
                SELECT code FROM census_section WHERE centroid IS NOT NULL AND NOT placeholder
                ORDER BY md5(code) LIMIT 12""", String.class);
        String candidates = sections.stream().map(code -> '"' + code + '"').collect(Collectors.joining(", "));
        String plan = """
                {"model": "p-median", "serviceType": "HOME_CARE", "targets": [{"code": "%s"}], "newSites": 3,
                 "candidates": {"kind": "list", "sectionCodes": [%s]}, "timeLimitSeconds": 5, %%s}"""
                .formatted(TARGET, candidates);
        importTravelMinutes(sections);
        try {
            JsonNode euclidean = result(submit(plan.formatted(
                    "\"radiusMetres\": 1000, \"cutoffMetres\": 10000, \"detourFactor\": 1.3"), admin()));
            String job = submit(plan.formatted("\"costs\": \"imported\", \"radiusMinutes\": 4, \"cutoffMinutes\": 40"),
                    admin());
            JsonNode imported = result(job);

            assertThat(imported.at("/problem/costs").asString()).isEqualTo("imported");
            assertThat(imported.at("/problem/unit").asString()).isEqualTo("min");
            assertThat(euclidean.at("/problem/unit").asString()).isEqualTo("m");
            assertThat(codes(imported.at("/newSites"))).hasSize(3).isEqualTo(codes(euclidean.at("/newSites")));
            // the report gives person-minutes to 0.1 (25 person-metres at 250 m a minute) and person-metres to 0.1
            assertThat(imported.at("/comparison/personTravelPlan").asDouble() * 250)
                    .isCloseTo(euclidean.at("/comparison/personTravelPlan").asDouble(), within(12.55));
            assertThat(imported.at("/targets/0/plan/shareWithinRadius").asDouble())
                    .isEqualTo(euclidean.at("/targets/0/plan/shareWithinRadius").asDouble());
            assertThat(mvc.perform(get(job + "/result.csv?table=sections").with(admin())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString().lines().findFirst().orElseThrow())
                    .endsWith(",site_today,time_today_min,site_plan,site_plan_kind,time_plan_min");
        } finally {
            jdbc.update("DELETE FROM travel_cost");
        }
    }

    /** Minutes from every located section to today's home-care centres and to the candidate sections, within 40. */
    private void importTravelMinutes(List<String> candidates) {
        Long batch = jdbc.queryForObject("""
                INSERT INTO import_batch (kind, source, loaded_by) VALUES ('travel-costs', 'test', 'test')
                RETURNING id""", Long.class);
        String minutes = "1.3 * ST_Distance(ST_Transform(s.centroid, 32632), ST_Transform(%s, 32632)) / 250";
        jdbc.update("""
                INSERT INTO travel_cost (origin_section_id, destination_facility_id, unit, cost, batch_id)
                SELECT s.id, f.id, 'MINUTES', %1$s, ? FROM census_section s, facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'HOME_CARE' AND s.centroid IS NOT NULL AND %1$s <= 40""".formatted(
                minutes.formatted("f.geom")), batch);
        jdbc.update("""
                INSERT INTO travel_cost (origin_section_id, destination_section_id, unit, cost, batch_id)
                SELECT s.id, d.id, 'MINUTES', %1$s, ? FROM census_section s, census_section d
                WHERE s.centroid IS NOT NULL AND d.code = ANY (?) AND %1$s <= 40""".formatted(
                minutes.formatted("d.centroid")), batch, candidates.toArray(String[]::new));
    }

    private JsonNode result(String job) throws Exception {
        awaitState(job, "SUCCEEDED", admin());
        return json.readTree(mvc.perform(get(job + "/result").with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static List<String> codes(JsonNode sites) {
        List<String> codes = new ArrayList<>();
        sites.forEach(site -> codes.add(site.at("/code").asString()));
        return codes;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"serviceType": "NO_SUCH", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3}                 | serviceType 'NO_SUCH' is unknown
            {"serviceType": "HOME_CARE", "targets": [{"code": "NO_SUCH"}], "newSites": 3}                         | unknown target NO_SUCH
            {"serviceType": "HOME_CARE", "targets": [], "newSites": 3}                                            | targets is required
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 0}               | newSites must be a positive number
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": -2}              | newSites must be a positive number
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "radiusMetres": -5} | radiusMetres must be a positive number
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "candidates": {"kind": "grid", "spacingMetres": 20}} | too many sites
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "candidates": {"kind": "list", "points": [[9.19, 45.46], [9.2]]}} | candidates.points[1] must be [lon, lat]
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "candidates": {"kind": "list", "points": [[945, 45.46]]}} | is not a longitude, latitude pair
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "candidates": {"kind": "list", "points": "here"}} | not a valid siting request
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "candidates": {"kind": "list", "points": [[9.19, 45.46], [9.20, 45.47]]}} | newSites (3) is more than the 2 candidate sites
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 1, "candidates": {"kind": "list", "sectionCodes": ["000000000000"]}} | no located section with code 000000000000
            {"model": "best-guess", "serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3} | model 'best-guess' is unknown
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "timeLimitSeconds": 3600} | timeLimitSeconds must be at most
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"} | not a valid siting request
            {"model": "set-covering", "serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3} | leave newSites out
            {"model": "capacitated-p-median", "serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3} | newSiteCapacity is required
            {"model": "budget-covering", "serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "budget": 10} | budget and siteCost are required
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "phasing": {"budgetPerYear": []}} | phasing.budgetPerYear must list the budget of 1 to 30 years
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "phasing": {"budgetPerYear": [1, -2]}} | phasing.budgetPerYear[1] must be a non-negative number
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "imported"} | no travel costs in minutes are imported
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "walking"} | costs 'walking' is unknown
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "imported", "radiusMetres": 800} | imported travel times are in minutes
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "radiusMinutes": 10} | radiusMinutes and cutoffMinutes apply to imported travel times
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "imported", "candidates": {"kind": "grid", "spacingMetres": 500}} | imported travel costs reach census sections only
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "imported", "detourFactor": 1.2} | detourFactor applies to euclidean costs only
            {"serviceType": "HOME_CARE", "targets": [{"code": "P_ELDERLY_75_PLUS"}], "newSites": 3, "costs": "imported", "radiusMinutes": 30, "cutoffMinutes": 20} | cutoffMinutes (20.0) must not be below radiusMinutes (30.0)
            """)
    void badInputIsRefusedNamingTheProblem(String body, String message) throws Exception {
        // one account per case, so that the cases do not use up the heavy-request budget of the others' account
        RequestPostProcessor planner = user("planner-" + Integer.toHexString(body.hashCode())).roles("PLANNER");
        mvc.perform(post("/api/optimisation/jobs").with(planner).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString(message)));
    }

    private String submit(String body, RequestPostProcessor who) throws Exception {
        MvcResult submitted = mvc.perform(post("/api/optimisation/jobs").with(who).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andReturn();
        String location = submitted.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/optimisation/jobs/");
        return location;
    }

    private void awaitState(String job, String state, RequestPostProcessor who) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String current = "";
        while (System.nanoTime() < deadline) {
            JsonNode status = json.readTree(mvc.perform(get(job).with(who)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            current = status.at("/state").asString();
            if (current.equals(state)) {
                return;
            }
            assertThat(current).as("job %s: %s", job, status).isIn("QUEUED", "RUNNING");
            Thread.sleep(200);
        }
        throw new AssertionError("job " + job + " still " + current + " after 120 s");
    }

    private List<double[]> existingHomeCareCentres() {
        List<double[]> centres = new ArrayList<>();
        jdbc.query("""
                SELECT ST_X(f.geom), ST_Y(f.geom) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE st.code = 'HOME_CARE' AND f.status = 'OPEN'""",
                rs -> {
                    centres.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
                });
        return centres;
    }

    private static RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }
}
