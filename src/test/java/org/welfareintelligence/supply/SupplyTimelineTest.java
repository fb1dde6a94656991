package org.welfareintelligence.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The supply in force on a date, on a hand-made fixture of four day centres for the elderly:
 * OPENS opens on 2020-03-01 with 10 places; CLOSES ran from 2000 until it closed on 2019-09-01 with 20;
 * RESIZED has no dates (status OPEN) and 30 places, resized to 40 on 2018-01-01 and to 25 on 2022-06-01 (through
 * the supply-timeline import); GONE is CLOSED with no dates, so never in force.
 */
@AutoConfigureMockMvc
class SupplyTimelineTest extends PostgisTest {

    private static final String SERVICE = "ELDERLY_DAY_CENTRE";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StudyInputs inputs;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() throws Exception {
        DatabaseCleaner.clean(jdbc);
        facility("OPENS", "OPEN", "2020-03-01", null, 10);
        facility("CLOSES", "CLOSED", "2000-01-01", "2019-09-01", 20);
        facility("RESIZED", "OPEN", null, null, 30);
        facility("GONE", "CLOSED", null, null, 50);
        importTimeline("""
                facility_code,service_type,effective_on,places
                RESIZED,ELDERLY_DAY_CENTRE,2018-01-01,40
                RESIZED,ELDERLY_DAY_CENTRE,2022-06-01,25
                """).andExpect(status().isCreated()).andExpect(jsonPath("$.rowsWritten").value(2));
    }

    @Test
    void placesInForceBeforeAndAfterAnOpeningAClosingAndAResize() {
        assertThat(inForce("2015-07-01")).isEqualTo(Map.of("CLOSES", 20, "RESIZED", 30));
        assertThat(inForce("2018-01-01")).isEqualTo(Map.of("CLOSES", 20, "RESIZED", 40));
        // closed_on is the first day out of force
        assertThat(inForce("2019-08-31")).isEqualTo(Map.of("CLOSES", 20, "RESIZED", 40));
        assertThat(inForce("2019-09-01")).isEqualTo(Map.of("RESIZED", 40));
        // opened_on is the first day in force
        assertThat(inForce("2020-02-29")).isEqualTo(Map.of("RESIZED", 40));
        assertThat(inForce("2020-03-01")).isEqualTo(Map.of("OPENS", 10, "RESIZED", 40));
        assertThat(inForce("2022-05-31")).isEqualTo(Map.of("OPENS", 10, "RESIZED", 40));
        assertThat(inForce("2022-06-01")).isEqualTo(Map.of("OPENS", 10, "RESIZED", 25));
    }

    @Test
    void theStatusSaysWhatHoldsTodayAndTheDatesWhatHeldBefore() {
        // opening date passed but still planned: not in force today, in force from tomorrow on
        facility("LATE", "PLANNED", "2020-01-01", null, 7);
        // suspended now after running since 2010
        facility("PAUSED", "SUSPENDED", "2010-01-01", null, 9);
        LocalDate today = LocalDate.now();
        assertThat(inForce(today.toString())).isEqualTo(Map.of("OPENS", 10, "RESIZED", 25));
        assertThat(inForce(today.plusDays(1).toString()))
                .isEqualTo(Map.of("LATE", 7, "OPENS", 10, "RESIZED", 25));
        assertThat(inForce(today.minusDays(1).toString()))
                .isEqualTo(Map.of("OPENS", 10, "PAUSED", 9, "RESIZED", 25));
        assertThat(inForce("2015-07-01")).isEqualTo(Map.of("CLOSES", 20, "PAUSED", 9, "RESIZED", 30));
    }

    @Test
    void analysesAndTheFacilitiesLayerReadTheSupplyOfTheDateAsked() throws Exception {
        StudySupply in2015 = inputs.supply(SERVICE, StudyTime.of(null, 2015, null));
        assertThat(in2015.code()).containsExactly("CLOSES", "RESIZED");
        assertThat(in2015.capacity()).containsExactly(20.0, 30.0);
        StudySupply today = inputs.supply(SERVICE, StudyTime.now());
        assertThat(today.code()).containsExactly("OPENS", "RESIZED");
        assertThat(today.capacity()).containsExactly(10.0, 25.0);

        JsonNode dated = json.readTree(mvc.perform(get("/api/facilities").param("date", "2019-01-15"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(dated.get("features").size()).isEqualTo(2);
        JsonNode resized = dated.get("features").get(1).get("properties");
        assertThat(resized.get("code").asString()).isEqualTo("RESIZED");
        JsonNode service = resized.get("services").get(0);
        assertThat(service.get("placesInForce").asInt()).isEqualTo(40);
        assertThat(service.get("history").size()).isEqualTo(2);
        assertThat(service.get("history").get(1).get("effectiveOn").asString()).isEqualTo("2022-06-01");
        // without a date every facility is listed, each saying whether it is in force today
        mvc.perform(get("/api/facilities").param("serviceType", SERVICE))
                .andExpect(jsonPath("$.features.length()").value(4))
                .andExpect(jsonPath("$.features[?(@.id == 'GONE')].properties.inForce").value(false))
                .andExpect(jsonPath("$.features[?(@.id == 'OPENS')].properties.inForce").value(true));
        mvc.perform(get("/api/facilities").param("year", "2021"))
                .andExpect(jsonPath("$.features.length()").value(2));
        mvc.perform(get("/api/facilities").param("date", "2021-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("parameter date '2021-13-01'")));
    }

    @Test
    void editingTheCapacityOfAServiceWithATimelineTakesEffectToday() throws Exception {
        mvc.perform(put("/api/facilities/RESIZED").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"services\":[{\"serviceType\":\"ELDERLY_DAY_CENTRE\",\"capacityPlaces\":33}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[0].properties.services[0].placesInForce").value(33))
                .andExpect(jsonPath("$.features[0].properties.services[0].history.length()").value(3));
        LocalDate today = LocalDate.now();
        assertThat(inForce(today.toString())).isEqualTo(Map.of("OPENS", 10, "RESIZED", 33));
        assertThat(inForce(today.minusDays(1).toString())).isEqualTo(Map.of("OPENS", 10, "RESIZED", 25));
        // a service without a timeline just takes the new capacity
        mvc.perform(put("/api/facilities/OPENS").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"services\":[{\"serviceType\":\"ELDERLY_DAY_CENTRE\",\"capacityPlaces\":11}]}"))
                .andExpect(status().isOk());
        assertThat(inForce("2021-01-01")).isEqualTo(Map.of("OPENS", 11, "RESIZED", 40));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM facility_service_change", Integer.class)).isEqualTo(3);
    }

    @Test
    void freePlacesAreCountedOnThePlacesInForceToday() throws Exception {
        jdbc.update("""
                INSERT INTO facility_occupancy (facility_service_id, in_use, waiting, as_of, updated_by)
                SELECT fs.id, 20, 0, current_date, 'test' FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                WHERE f.code = 'RESIZED'""");
        // 25 places since 2022 (not the 30 it started with)
        mvc.perform(get("/api/occupancy/RESIZED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].capacityPlaces").value(25))
                .andExpect(jsonPath("$[0].freePlaces").value(5));
    }

    @Test
    void aTimelineWithOneBadRowWritesNothing() throws Exception {
        Map<String, Long> before = DatabaseCleaner.counts(jdbc);
        importTimeline("""
                facility_code,service_type,effective_on,places,status
                OPENS,ELDERLY_DAY_CENTRE,2023-01-01,12,open
                OPENS,ELDERLY_DAY_CENTRE,2024-01-01,,closed
                OPENS,ELDERLY_DAY_CENTRE,2025-01-01,,open
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("row 3")))
                .andExpect(jsonPath("$.message", containsString("field places")));
        importTimeline("""
                facility_code,service_type,effective_on,places
                OPENS,ELDERLY_DAY_CENTRE,2023-01-01,12
                OPENS,HOME_CARE,2023-01-01,5
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("row 2")))
                .andExpect(jsonPath("$.message", containsString("offers no service HOME_CARE")));
        importTimeline("""
                facility_code,service_type,effective_on,places
                OPENS,ELDERLY_DAY_CENTRE,1 March 2023,12
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("field effective_on")));
        assertThat(DatabaseCleaner.counts(jdbc)).isEqualTo(before);
        assertThat(inForce("2025-06-01")).isEqualTo(Map.of("OPENS", 10, "RESIZED", 25));

        // a good file replaces the timeline of the services it names: closed from 2024, reopened with 8 in 2025
        importTimeline("""
                facility_code,service_type,effective_on,places,status
                OPENS,ELDERLY_DAY_CENTRE,2023-01-01,12,open
                OPENS,ELDERLY_DAY_CENTRE,2024-01-01,,closed
                OPENS,ELDERLY_DAY_CENTRE,2025-01-01,8,open
                """).andExpect(status().isCreated());
        assertThat(inForce("2023-06-01")).isEqualTo(Map.of("OPENS", 12, "RESIZED", 25));
        assertThat(inForce("2024-06-01")).isEqualTo(Map.of("RESIZED", 25));
        assertThat(inForce("2025-06-01")).isEqualTo(Map.of("OPENS", 8, "RESIZED", 25));
    }

    private Map<String, Integer> inForce(String date) {
        Map<String, Integer> places = new LinkedHashMap<>();
        jdbc.query("""
                SELECT f.code, s.places FROM supply_in_force(?) s JOIN facility f ON f.id = s.facility_id
                ORDER BY f.code""", rs -> {
            places.put(rs.getString(1), rs.getInt(2));
        }, LocalDate.parse(date));
        return places;
    }

    private void facility(String code, String status, String openedOn, String closedOn, int places) {
        jdbc.update("""
                INSERT INTO facility (code, name, status, opened_on, closed_on, geom)
                VALUES (?, ?, ?, CAST(? AS date), CAST(? AS date), ST_SetSRID(ST_MakePoint(9.19, 45.46), 4326))""",
                code, "Centre " + code, status, openedOn, closedOn);
        jdbc.update("""
                INSERT INTO facility_service (facility_id, service_type_id, capacity_places)
                SELECT f.id, st.id, ? FROM facility f, service_type st WHERE f.code = ? AND st.code = ?""",
                places, code, SERVICE);
    }

    private ResultActions importTimeline(String csv) throws Exception {
        return mvc.perform(multipart("/api/imports/supply-timeline")
                .file(new MockMultipartFile("file", "timeline.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", "admin")));
    }
}
