package org.welfareintelligence.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.scenario.core.RampUp;
import org.welfareintelligence.security.Accounts;
import org.welfareintelligence.security.Role;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Scenarios on the sample city: who may read and change them, a simulation against the baseline, the exports. */
class ScenarioApiTest extends SampleCityApiTest {

    private static final String PASSWORD = "Scenario-password-1";
    private static final String SERVICE = "ELDERLY_DAY_CENTRE";

    @Autowired
    Accounts accounts;

    private final ObjectMapper json = new ObjectMapper();
    private List<Map<String, Object>> centres;
    private long organisation;
    private long otherOrganisation;

    @BeforeEach
    void accountsAndCentres() {
        jdbc.update("DELETE FROM scenario");
        List<Long> organisations = jdbc.queryForList("""
                SELECT o.id FROM organisation o JOIN facility f ON f.organisation_id = o.id
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = ? AND f.status = 'OPEN' AND f.closed_on IS NULL
                GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 2""", Long.class, SERVICE);
        organisation = organisations.get(0);
        otherOrganisation = organisations.get(1);
        account("s-planner", Role.PLANNER, null);
        account("s-planner-2", Role.PLANNER, null);
        account("s-foundation", Role.FOUNDATION, null);
        account("s-admin", Role.ADMIN, null);
        account("s-org", Role.ORGANISATION, organisation);
        account("s-org-2", Role.ORGANISATION, otherOrganisation);
        centres = jdbc.queryForList("""
                SELECT f.code, f.organisation_id, fs.capacity_places FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = ? AND f.status = 'OPEN' AND f.closed_on IS NULL AND fs.capacity_places > 0
                ORDER BY f.code""", SERVICE);
    }

    @Test
    void aSimulationClosesResizesAndOpensCentresAgainstTheBaseline() throws Exception {
        String closed = (String) centres.get(0).get("code");
        String resized = (String) centres.get(1).get("code");
        int resizedPlaces = ((Number) centres.get(1).get("capacity_places")).intValue();
        String section = jdbc.queryForObject("SELECT code FROM census_section WHERE centroid IS NOT NULL "
                + "AND NOT placeholder ORDER BY code LIMIT 1", String.class);
        long id = create("""
                {"name":"Close one, grow one, open one","baseYear":2026,"horizon":5,"serviceType":"%s",
                 "targets":["P_ELDERLY_75_PLUS"],"assumptions":{"cutoff":1500,"normPer1000":20,"takeUp":0.5},
                 "changes":[{"kind":"close","facility":"%s","year":2027},
                            {"kind":"resize","facility":"%s","places":20,"year":2026,"cost":100000},
                            {"kind":"open","section":"%s","places":30,"year":2028,"rampUpMonths":12,"cost":500000},
                            {"kind":"demand","target":"P_ELDERLY_75_PLUS","areaLevel":"municipio","areaCode":"4",
                             "percent":10,"year":2027}]}""".formatted(SERVICE, closed, resized, section), planner());
        String job = simulate(id, planner());
        MvcResult events = mvc.perform(get(job + "/events").with(planner())).andExpect(request().asyncStarted())
                .andReturn();
        awaitDone(job, planner());
        assertThat(events.getResponse().getContentAsString()).contains("event:done").contains("\"state\":\"SUCCEEDED\"");

        JsonNode result = read(get("/api/scenarios/" + id + "/result"), planner());
        assertThat(result.get("controlledFigures").asBoolean()).isFalse();
        assertThat(result.get("years").size()).isEqualTo(5);
        assertThat(result.get("cost").asDouble()).isEqualTo(600_000);
        assertThat(result.get("dataVersion").asLong()).isEqualTo(jdbc.queryForObject("SELECT version FROM data_version",
                Long.class));
        JsonNode closedCentre = centre(result, closed);
        assertThat(closedCentre.get("placesByYear").get(0).asDouble()).isPositive();
        for (int t = 1; t < 5; t++) {
            assertThat(closedCentre.get("placesByYear").get(t).asDouble()).isZero();
            assertThat(closedCentre.get("loadByYear").get(t).asDouble()).isZero();
        }
        assertThat(centre(result, resized).get("placesByYear").get(0).asDouble()).isEqualTo(resizedPlaces + 20);
        JsonNode opened = centre(result, "NEW1");
        assertThat(opened.get("opened").asBoolean()).isTrue();
        assertThat(opened.get("placesByYear").get(1).asDouble()).isZero();
        assertThat(opened.get("placesByYear").get(2).asDouble()).isCloseTo(30 * RampUp.share(6, 12), within(1e-9));
        assertThat(opened.get("placesByYear").get(3).asDouble()).isEqualTo(30);
        assertThat(opened.get("monthsToRunIn").asDouble()).isCloseTo(9.326, within(1e-3));

        double newestDemand = jdbc.queryForObject("""
                SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                WHERE t.code = 'P_ELDERLY_75_PLUS' AND NOT s.placeholder
                  AND d.period = (SELECT max(period) FROM demand WHERE target_id = t.id)""", Double.class);
        for (JsonNode year : result.get("years")) {
            JsonNode base = year.get("baseline");
            assertThat(base.get("demand").asDouble()).isCloseTo(newestDemand, within(0.01));
            for (JsonNode figures : List.of(base, year.get("scenario"))) {
                assertThat(figures.get("served").asDouble() + figures.get("waiting").asDouble())
                        .isCloseTo(figures.get("seekers").asDouble(), within(0.02));
                assertThat(figures.get("seekers").asDouble()).isCloseTo(figures.get("demand").asDouble() * 0.5, within(0.02));
                assertThat(figures.get("requiredPlaces").asDouble())
                        .isCloseTo(figures.get("demand").asDouble() * 20 / 1000, within(1e-3));
            }
        }
        // municipio 4 grows by 10 % from 2027: the scenario's demand is above the baseline's from then on only
        assertThat(result.at("/years/0/scenario/demand").asDouble()).isCloseTo(newestDemand, within(0.01));
        assertThat(result.at("/years/1/scenario/demand").asDouble()).isGreaterThan(newestDemand);
        assertThat(result.at("/years/0/impact/placesAdded").asDouble()).isEqualTo(20);
        assertThat(result.get("districts").size()).isGreaterThan(1);
        assertThat(result.at("/city/servedChange").asDouble()).isCloseTo(result.at("/years/4/impact/servedChange")
                .asDouble(), within(0.02));

        String csv = mvc.perform(get("/api/scenarios/" + id + "/result.csv").param("year", "2029").with(planner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int sections = jdbc.queryForObject("SELECT count(*) FROM census_section WHERE NOT placeholder "
                + "AND centroid IS NOT NULL", Integer.class);
        assertThat(csv.lines().count()).isEqualTo(sections + 1);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"section\",\"municipio\",\"demand\",\"gainedReach\"");
        JsonNode geo = read(get("/api/scenarios/" + id + "/result.geojson"), planner());
        assertThat(geo.get("features").size()).isEqualTo(sections);
        assertThat(geo.at("/features/0/properties").has("servedChange")).isTrue();

        long baseline = create("""
                {"name":"Today","baseYear":2026,"horizon":5,"serviceType":"%s",
                 "targets":["P_ELDERLY_75_PLUS","P_NURSERY_DEMAND"],
                 "baseline":true,"assumptions":{"cutoff":1500,"takeUp":0.5}}""".formatted(SERVICE), planner());
        awaitDone(simulate(baseline, planner()), planner());
        JsonNode today = read(get("/api/scenarios/" + baseline + "/result"), planner());
        // per target and per district the figures add up to the year's, and the baseline against itself is zero
        for (int t = 0; t < 5; t++) {
            JsonNode breakdown = today.at("/breakdowns/" + t);
            JsonNode total = today.at("/years/" + t + "/scenario");
            assertThat(breakdown.get("year").asInt()).isEqualTo(2026 + t);
            for (String part : List.of("targets", "districts")) {
                for (String figure : List.of("demand", "served", "waiting")) {
                    double sum = 0;
                    for (JsonNode group : breakdown.get(part)) {
                        sum += group.at("/scenario/" + figure).asDouble();
                        assertThat(group.at("/scenario/" + figure).asDouble())
                                .isEqualTo(group.at("/baseline/" + figure).asDouble());
                    }
                    assertThat(sum).as(part + " " + figure).isCloseTo(total.get(figure).asDouble(),
                            within(0.01 * breakdown.get(part).size() + 0.01));
                }
            }
            assertThat(breakdown.get("targets").size()).isEqualTo(2);
            assertThat(breakdown.at("/targets/1/code").asString()).isEqualTo("P_NURSERY_DEMAND");
        }
        JsonNode changed = result.at("/breakdowns/4/targets/0");
        assertThat(changed.at("/scenario/served").asDouble()).isCloseTo(result.at("/years/4/scenario/served")
                .asDouble(), within(0.02));
        assertThat(changed.at("/baseline/served").asDouble()).isCloseTo(result.at("/years/4/baseline/served")
                .asDouble(), within(0.02));
        assertThat(result.at("/breakdowns/4/districts").size()).isEqualTo(result.get("districts").size());
        for (JsonNode year : today.get("years")) {
            assertThat(year.at("/impact/servedChange").asDouble()).isZero();
            assertThat(year.at("/impact/waitingChange").asDouble()).isZero();
            assertThat(year.at("/impact/newlyWithinReach").asDouble()).isZero();
            assertThat(year.at("/impact/giniChange").asDouble()).isZero();
        }
        JsonNode compare = read(get("/api/scenarios/compare").param("ids", baseline + "," + id), planner());
        assertThat(compare.get("rows").size()).isEqualTo(5);
        assertThat(compare.at("/rows/4/scenarios/1/served").asDouble())
                .isEqualTo(result.at("/years/4/scenario/served").asDouble());
        assertThat(compare.at("/rows/4/scenarios/0/served").asDouble())
                .isEqualTo(compare.at("/rows/4/baseline/served").asDouble());
        byte[] workbook = mvc.perform(get("/api/scenarios/compare.xlsx").param("ids", baseline + "," + id)
                        .with(planner()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
        for (String[] language : new String[][] {{"en", "People served", "Baseline"}, {"it", "Persone servite",
                "Scenario di base"}}) {
            byte[] pdf = mvc.perform(get("/api/scenarios/compare.pdf").param("ids", baseline + "," + id)
                            .param("lang", language[0]).with(planner()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
                assertThat(text).contains("Today").contains("Close one, grow one, open one").contains(language[1])
                        .contains(language[2]).contains("2030");
                String served = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag(language[0]))
                        .format(result.at("/years/4/scenario/served").asDouble());
                assertThat(text).as("the scenario's people served in 2030").contains(served);
            }
        }
        mvc.perform(put("/api/scenarios/" + baseline).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"baseYear\":2026,\"serviceType\":\"" + SERVICE
                                + "\",\"targets\":[\"P_ELDERLY_75_PLUS\"]}").with(planner()))
                .andExpect(status().isConflict());
    }

    @Test
    void theChangesAreOrderedWithinAYearlyBudget() throws Exception {
        String closed = (String) centres.get(0).get("code");
        String resized = (String) centres.get(1).get("code");
        String section = jdbc.queryForObject("SELECT code FROM census_section WHERE centroid IS NOT NULL "
                + "AND NOT placeholder ORDER BY code OFFSET 500 LIMIT 1", String.class);
        long id = create("""
                {"name":"To be ordered","baseYear":2026,"horizon":4,"serviceType":"%s",
                 "targets":["P_ELDERLY_75_PLUS"],"assumptions":{"cutoff":1500,"takeUp":0.5},
                 "changes":[{"kind":"close","facility":"%s","year":2026,"cost":-50000},
                            {"kind":"resize","facility":"%s","places":20,"year":2026,"cost":100000},
                            {"kind":"open","section":"%s","places":30,"year":2026,"rampUpMonths":12,"cost":300000},
                            {"kind":"demand","target":"P_ELDERLY_75_PLUS","percent":5,"year":2027}]}"""
                .formatted(SERVICE, closed, resized, section), planner());
        long started = System.nanoTime();
        JsonNode order = read(post("/api/scenarios/" + id + "/order").contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetPerYear\":120000}"), planner());
        System.out.printf("ordering 3 changes over 4 years on the sample city: %d ms, %d plans simulated%n",
                (System.nanoTime() - started) / 1_000_000, order.get("plansSimulated").asInt());
        assertThat(order.get("objective").asString()).isEqualTo("served");
        assertThat(order.get("years").size()).isEqualTo(4);
        int scheduled = 0;
        double carried = 0;
        for (JsonNode year : order.get("years")) {
            assertThat(year.get("budget").asDouble()).isEqualTo(120_000);
            assertThat(year.get("available").asDouble()).isCloseTo(carried + 120_000, within(1e-6));
            assertThat(year.get("spent").asDouble()).isLessThanOrEqualTo(year.get("available").asDouble() + 1e-6);
            carried = year.get("available").asDouble() - year.get("spent").asDouble();
            for (JsonNode change : year.get("changes")) {
                scheduled++;
                assertThat(change.get("change").asInt()).isBetween(0, 2);
            }
        }
        assertThat(scheduled + order.get("notScheduled").size()).isEqualTo(3);
        // the opening (300000) cannot come before 2028 unless the closure pays for part of it
        assertThat(order.at("/years/3/cumulativeBenefitOverNoChange").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(order.get("upperBoundPeople").asDouble()).isGreaterThanOrEqualTo(order.get("totalPeople").asDouble());
        assertThat(order.get("exact").asBoolean()).isTrue();
        assertThat(order.get("writtenFitsBudget").asBoolean()).isFalse();
        assertThat(order.at("/years/0/peopleWithoutChanges").asDouble())
                .isCloseTo(order.at("/years/0/peopleBaseline").asDouble(), within(0.02));

        JsonNode reach = read(post("/api/scenarios/" + id + "/order").contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetPerYear\":[0,0,400000,0],\"objective\":\"within_reach\"}"), planner());
        assertThat(reach.at("/years/0/changes").size()).isZero();
        assertThat(reach.at("/years/0/spent").asDouble()).isLessThanOrEqualTo(0);

        Map<String, String> bad = Map.of(
                "{}", "budgetPerYear: required",
                "{\"budgetPerYear\":-1}", "budgetPerYear: an amount not below 0",
                "{\"budgetPerYear\":[1,2]}", "budgetPerYear: 4 amounts",
                "{\"budgetPerYear\":[1,2,\"x\",4]}", "budgetPerYear[2]",
                "{\"budgetPerYear\":\"lots\"}", "budgetPerYear: one amount or a list",
                "{\"budgetPerYear\":1,\"objective\":\"votes\"}", "objective: served or within_reach");
        for (Map.Entry<String, String> body : bad.entrySet()) {
            mvc.perform(post("/api/scenarios/" + id + "/order").contentType(MediaType.APPLICATION_JSON)
                            .content(body.getKey()).with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(containsString(body.getValue())));
        }
        mvc.perform(post("/api/scenarios/" + id + "/order").contentType(MediaType.APPLICATION_JSON)
                .content("{\"budgetPerYear\":1}").with(as("s-foundation"))).andExpect(status().isNotFound());
        long nothing = create(simple("Nothing to order"), planner());
        mvc.perform(post("/api/scenarios/" + nothing + "/order").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"budgetPerYear\":1}").with(planner()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(containsString("changes")));
    }

    @Test
    void aMixMovesPlacesBetweenServicesAndOnlyTheScenariosServiceIsSimulated() throws Exception {
        Map<String, Object> both = jdbc.queryForMap("""
                SELECT f.code, fs.capacity_places, other.code AS other FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                JOIN LATERAL (SELECT st2.code FROM facility_service fs2 JOIN service_type st2 ON st2.id = fs2.service_type_id
                              WHERE fs2.facility_id = f.id AND st2.code <> ? ORDER BY st2.code LIMIT 1) other ON true
                WHERE st.code = ? AND f.status = 'OPEN' AND f.closed_on IS NULL AND fs.capacity_places > 0
                ORDER BY f.code LIMIT 1""", SERVICE, SERVICE);
        String facility = (String) both.get("code");
        String other = (String) both.get("other");
        String notOffered = jdbc.queryForObject("""
                SELECT st.code FROM service_type st WHERE st.code <> ? AND NOT EXISTS (SELECT 1 FROM facility_service fs
                JOIN facility f ON f.id = fs.facility_id WHERE f.code = ? AND fs.service_type_id = st.id)
                ORDER BY st.code LIMIT 1""", String.class, SERVICE, facility);
        String mix = simple("Mix").replace("}", ",\"changes\":[{\"kind\":\"mix\",\"facility\":\"" + facility
                + "\",\"year\":2027,\"places\":%s}]}");
        long id = create(mix.formatted("{\"" + SERVICE + "\":10,\"" + other + "\":-10}"), planner());
        awaitDone(simulate(id, planner()), planner());
        JsonNode result = read(get("/api/scenarios/" + id + "/result"), planner());
        double places = ((Number) both.get("capacity_places")).doubleValue();
        JsonNode byYear = centre(result, facility).get("placesByYear");
        assertThat(byYear.get(0).asDouble()).isEqualTo(places);
        assertThat(byYear.get(1).asDouble()).isEqualTo(places + 10);
        assertThat(result.at("/years/1/impact/placesAdded").asDouble()).isEqualTo(10);

        Map<String, String> bad = Map.of(
                mix.formatted("{\"" + other + "\":-10}"), "changes[0].places: a mix must move places of the scenario's",
                mix.formatted("{\"" + SERVICE + "\":5,\"NO_SUCH_SERVICE\":-5}"), "changes[0].places.NO_SUCH_SERVICE",
                mix.formatted("{\"" + SERVICE + "\":5,\"" + notOffered + "\":-5}"), "does not offer " + notOffered,
                mix.formatted("{\"" + SERVICE + "\":0}"), "changes[0].places." + SERVICE,
                mix.formatted("12"), "changes[0].places: 1 to 20 service types");
        for (Map.Entry<String, String> body : bad.entrySet()) {
            mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(body.getKey())
                            .with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(containsString(body.getValue())));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scenario", Integer.class)).isEqualTo(1);
    }

    @Test
    void aDemandChangeProjectsTheTargetWithAProjectionMethod() throws Exception {
        // the sample city's censuses 2011, 2016 and 2021, set for this test to v, 1.1 v and 1.2 v in every section
        List<Map<String, Object>> saved = jdbc.queryForList("""
                SELECT d.period, d.section_id, d.value FROM demand d
                WHERE d.target_id = (SELECT id FROM target WHERE code = 'P_ELDERLY_75_PLUS') AND d.period IN ('2016', '2021')""");
        for (String[] period : new String[][] {{"2016", "1.1"}, {"2021", "1.2"}}) {
            jdbc.update("""
                    UPDATE demand d SET value = o.value * CAST(? AS double precision) FROM demand o
                    WHERE d.target_id = (SELECT id FROM target WHERE code = 'P_ELDERLY_75_PLUS') AND d.period = ?
                      AND o.target_id = d.target_id AND o.section_id = d.section_id AND o.period = '2011'""",
                    period[1], period[0]);
        }
        try {
            double demand2011 = jdbc.queryForObject("""
                    SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id
                    JOIN census_section s ON s.id = d.section_id
                    WHERE t.code = 'P_ELDERLY_75_PLUS' AND d.period = '2011' AND NOT s.placeholder""", Double.class);
            long id = create(simple("Projected").replace("}", ",\"changes\":[{\"kind\":\"demand\","
                    + "\"target\":\"P_ELDERLY_75_PLUS\",\"method\":\"damped_trend\"}]}"), planner());
            awaitDone(simulate(id, planner()), planner());
            JsonNode result = read(get("/api/scenarios/" + id + "/result"), planner());
            // baseline: the newest period, 1.2 v; damped trend: 1.2 v + slope × 0.9 (1 − 0.9^h) / 0.1 with the
            // slope 0.02 v a year and h = 2026 − 2021 = 5 (3.68559 damped years), then h = 6, 7
            assertThat(result.at("/years/0/baseline/demand").asDouble()).isCloseTo(1.2 * demand2011, within(0.05));
            for (int t = 0; t < 3; t++) {
                int h = 5 + t;
                double damped = 0.9 * (1 - Math.pow(0.9, h)) / 0.1;
                assertThat(result.at("/years/" + t + "/scenario/demand").asDouble())
                        .isCloseTo(demand2011 * (1.2 + 0.02 * damped), within(0.05));
            }
        } finally {
            jdbc.batchUpdate("""
                    UPDATE demand SET value = ? WHERE target_id = (SELECT id FROM target WHERE code = 'P_ELDERLY_75_PLUS')
                      AND period = ? AND section_id = ?""", saved.stream()
                    .map(row -> new Object[] {row.get("value"), row.get("period"), row.get("section_id")}).toList());
        }
    }

    @Test
    void aScenarioIsPrivateUntilSharedAndOnlyItsOwnerChangesIt() throws Exception {
        long id = create(simple("Private plan"), planner());
        String path = "/api/scenarios/" + id;
        mvc.perform(get(path).with(as("s-foundation"))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(as("s-planner-2"))).andExpect(status().isNotFound());
        mvc.perform(post(path + "/simulate").with(as("s-foundation"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/scenarios").with(as("s-foundation"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(path).with(as("s-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.editable").value(false));
        mvc.perform(get(path)).andExpect(status().isUnauthorized());

        String shared = simple("Shared plan").replace("\"targets\"",
                "\"sharedWith\":{\"roles\":[\"FOUNDATION\"],\"organisations\":[" + otherOrganisation + "]},\"targets\"");
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(shared).with(planner()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sharedRoles[0]").value("FOUNDATION"));
        mvc.perform(get(path).with(as("s-foundation"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Shared plan")).andExpect(jsonPath("$.editable").value(false));
        mvc.perform(get(path).with(as("s-org-2"))).andExpect(status().isOk());
        assertThat(jdbc.queryForMap("SELECT username, dataset, path, status FROM audit_event ORDER BY id DESC LIMIT 1"))
                .containsEntry("username", "s-org-2").containsEntry("dataset", "SCENARIOS")
                .containsEntry("path", path).containsEntry("status", 200);
        mvc.perform(get(path).with(as("s-org"))).andExpect(status().isNotFound());
        mvc.perform(put(path).contentType(MediaType.APPLICATION_JSON).content(simple("Taken over"))
                .with(as("s-foundation"))).andExpect(status().isForbidden());
        mvc.perform(delete(path).with(as("s-foundation"))).andExpect(status().isForbidden());

        // a shared reader simulates on their own controlled inputs and copies the scenario into their own
        awaitDone(simulate(id, as("s-foundation")), as("s-foundation"));
        JsonNode controlled = read(get(path + "/result"), as("s-foundation"));
        assertThat(controlled.get("controlledFigures").asBoolean()).isTrue();
        for (JsonNode centre : controlled.get("centres")) {
            for (JsonNode load : centre.get("loadByYear")) {
                assertThat(load.isNull() || load.asDouble() == 0 || load.asDouble() >= 5).as(centre.toString()).isTrue();
            }
        }
        mvc.perform(get(path + "/result").with(planner())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(containsString("simulate")));
        JsonNode copy = read(post(path + "/copy"), as("s-foundation"));
        assertThat(copy.get("owner").asString()).isEqualTo("s-foundation");
        assertThat(copy.get("name").asString()).isEqualTo("Shared plan (copy)");
        assertThat(copy.get("sharedRoles").size()).isZero();
        mvc.perform(get("/api/scenarios").with(as("s-foundation"))).andExpect(jsonPath("$.length()").value(2));

        mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(simple("Admin's"))
                .with(as("s-admin"))).andExpect(status().isForbidden());
        mvc.perform(delete(path).with(planner())).andExpect(status().isNoContent());
        mvc.perform(get(path).with(planner())).andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationChangesOnlyItsOwnFacilities() throws Exception {
        String own = centres.stream().filter(c -> ((Number) c.get("organisation_id")).longValue() == organisation)
                .map(c -> (String) c.get("code")).findFirst().orElseThrow();
        String others = centres.stream().filter(c -> ((Number) c.get("organisation_id")).longValue() == otherOrganisation)
                .map(c -> (String) c.get("code")).findFirst().orElseThrow();
        String bid = """
                {"name":"Our bid","baseYear":2026,"horizon":3,"serviceType":"%s","targets":["P_ELDERLY_75_PLUS"],
                 "changes":[{"kind":"resize","facility":"%s","places":10,"year":2027},
                            {"kind":"open","point":[9.19,45.46],"places":25,"year":2027}]}""";
        create(bid.formatted(SERVICE, own), as("s-org"));
        mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(bid.formatted(SERVICE, others))
                        .with(as("s-org")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("changes[0].facility")))
                .andExpect(jsonPath("$.message").value(containsString("not run by your organisation")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scenario", Integer.class)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        Map<String, String> cases = Map.of(
                "{\"name\":\"x\",\"serviceType\":\"" + SERVICE + "\",\"targets\":[\"P_ELDERLY_75_PLUS\"]}", "baseYear",
                simple("x").replace("\"horizon\":3", "\"horizon\":31"), "horizon",
                simple("x").replace(SERVICE, "NO_SUCH_SERVICE"), "serviceType",
                simple("x").replace("P_ELDERLY_75_PLUS", "P_NOBODY"), "targets",
                simple("x").replace("}", ",\"changes\":[{\"kind\":\"open\",\"point\":[9.19,45.46],\"places\":0}]}"),
                "changes[0].places",
                simple("x").replace("}", ",\"changes\":[{\"kind\":\"close\",\"facility\":\"F0001\",\"year\":2040}]}"),
                "changes[0].year",
                simple("x").replace("}", ",\"changes\":[{\"kind\":\"close\",\"facility\":\"NOPE\"}]}"),
                "changes[0].facility",
                simple("x").replace("}", ",\"changes\":[{\"kind\":\"demand\",\"target\":\"P_ELDERLY_75_PLUS\","
                        + "\"method\":\"crystal_ball\"}]}"), "changes[0].method",
                simple("x").replace("}", ",\"assumptions\":{\"takeUp\":1.5}}"), "assumptions.takeUp",
                "{\"name\":", "not a valid scenario");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON).content(bad.getKey())
                            .with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.message").value(containsString(bad.getValue())));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scenario", Integer.class)).isZero();
        mvc.perform(get("/api/scenarios/compare").param("ids", "x").with(planner())).andExpect(status().isBadRequest());
    }

    private static String simple(String name) {
        return "{\"name\":\"" + name + "\",\"baseYear\":2026,\"horizon\":3,\"serviceType\":\"" + SERVICE
                + "\",\"targets\":[\"P_ELDERLY_75_PLUS\"]}";
    }

    private long create(String body, RequestPostProcessor who) throws Exception {
        JsonNode created = json.readTree(mvc.perform(post("/api/scenarios").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(who)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return created.get("id").asLong();
    }

    private String simulate(long id, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/scenarios/" + id + "/simulate").with(who)).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
    }

    private void awaitDone(String job, RequestPostProcessor who) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode status = read(get(job), who);
            String state = status.get("state").asString();
            if (state.equals("SUCCEEDED")) {
                return;
            }
            assertThat(state).as(status.toString()).isNotEqualTo("FAILED");
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not finish");
    }

    private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(request.with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isBetween(200, 201);
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static JsonNode centre(JsonNode result, String code) {
        for (JsonNode centre : result.get("centres")) {
            if (centre.get("code").asString().equals(code)) {
                return centre;
            }
        }
        throw new AssertionError("no centre " + code);
    }

    private void account(String username, Role role, Long organisationId) {
        accounts.find(username).ifPresentOrElse(a -> {
            accounts.setEnabled(a.id(), true);
            accounts.assign(a.id(), Set.of(role), organisationId);
        }, () -> accounts.create(username, PASSWORD, null, null, Set.of(role), organisationId, false));
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    private static RequestPostProcessor planner() {
        return as("s-planner");
    }
}
