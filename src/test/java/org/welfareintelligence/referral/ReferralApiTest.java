package org.welfareintelligence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.OccupancySnapshot;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Referral on the sample city from the site of a nursery: the three nearest open nurseries are made full (the
 * nearest), 2 free with 2 waiting, and unknown; the answer must list them in the order room, unknown, full.
 */
class ReferralApiTest extends SampleCityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private List<Map<String, Object>> nearest;
    private OccupancySnapshot before;
    private double lon;
    private double lat;

    @BeforeEach
    void threeNearestNurseries() {
        Map<String, Object> origin = jdbc.queryForMap("""
                SELECT ST_X(f.geom) AS lon, ST_Y(f.geom) AS lat FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'NURSERY' AND f.status = 'OPEN' ORDER BY f.code LIMIT 1""");
        lon = (Double) origin.get("lon");
        lat = (Double) origin.get("lat");
        nearest = byDistance().subList(0, 3);
        before = OccupancySnapshot.of(jdbc, nearest.stream().map(s -> s.get("id")).toList());
        before.clear();
        set(nearest.get(0), (Integer) nearest.get(0).get("places"), 0);
        set(nearest.get(1), (Integer) nearest.get(1).get("places") - 2, 2);
    }

    @AfterEach
    void restore() {
        before.restore();
    }

    @Test
    void aNearerFullCentreRanksAfterFartherOnesWithRoomAndTheOthersAreTheNextWithRoom() throws Exception {
        Map<String, Object> answer = answer(get("/api/referral").param("lon", "" + lon).param("lat", "" + lat)
                .param("serviceType", "NURSERY").param("limit", "3").with(httpBasic("admin", "admin")));
        assertThat(answer).containsEntry("resolved", true).containsEntry("costUnit", "m");
        List<Map<String, Object>> centres = list(answer, "centres");
        assertThat(centres).extracting(c -> c.get("code")).containsExactly(nearest.get(1).get("code"),
                nearest.get(2).get("code"), nearest.get(0).get("code"));
        assertThat(centres).extracting(c -> c.get("rank")).containsExactly(1, 2, 3);
        assertThat(centres.get(0)).containsEntry("freePlaces", 2).containsEntry("waiting", 2);
        assertThat(centres.get(1).get("freePlaces")).isNull();
        assertThat(centres.get(2)).containsEntry("freePlaces", 0).containsEntry("travelCost", 0.0);
        for (int i = 0; i < 3; i++) {
            Map<String, Object> expected = nearest.get(i);
            Map<String, Object> centre = centres.stream().filter(c -> c.get("code").equals(expected.get("code")))
                    .findFirst().orElseThrow();
            assertThat(((Number) centre.get("travelCost")).doubleValue())
                    .isCloseTo(((Number) expected.get("metres")).doubleValue(), within(0.06));
            assertThat(centre.get("operator")).isEqualTo(expected.get("operator"));
        }
        // beyond the three nearest, the next three with room by distance, from the database alone
        List<Object> withRoom = byDistance().stream().skip(3)
                .filter(c -> c.get("free") != null && ((Number) c.get("free")).intValue() > 0).limit(3)
                .map(c -> c.get("code")).toList();
        assertThat(list(answer, "otherPlaces")).extracting(c -> c.get("code")).isEqualTo(withRoom);
        assertThat(list(answer, "otherPlaces")).extracting(c -> c.get("rank")).containsExactly(4, 5, 6);
    }

    @Test
    void thePublicFinderGetsTheSameRankingWithSmallWaitingListsWithheld() throws Exception {
        MockHttpServletRequestBuilder request = get("/api/finder/referral").param("lon", "" + lon)
                .param("lat", "" + lat).param("serviceType", "NURSERY").param("limit", "3");
        List<Map<String, Object>> centres = list(answer(request), "centres");
        assertThat(centres).extracting(c -> c.get("code")).containsExactly(nearest.get(1).get("code"),
                nearest.get(2).get("code"), nearest.get(0).get("code"));
        assertThat(centres.get(0)).containsEntry("freePlaces", 2).containsEntry("waiting", null);
        assertThat(mvc.perform(get("/api/referral").param("lon", "" + lon).param("lat", "" + lat)
                .param("serviceType", "NURSERY")).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void placesByNeighbourhoodCodeOrNameAndAnUnresolvableAddressSaysSo() throws Exception {
        Map<String, Object> nil = jdbc.queryForMap(
                "SELECT code, name FROM territorial_area WHERE level = 'NEIGHBOURHOOD' ORDER BY code LIMIT 1");
        Map<String, Object> byCode = answer(get("/api/finder/referral").param("nil", (String) nil.get("code"))
                .param("serviceType", "NURSERY"));
        assertThat((Map<String, Object>) byCode.get("place")).containsEntry("label", nil.get("name"))
                .containsEntry("kind", "neighbourhood");
        assertThat(list(byCode, "centres")).hasSize(5);
        Map<String, Object> byName = answer(get("/api/finder/referral").param("q", (String) nil.get("name"))
                .param("serviceType", "NURSERY"));
        assertThat(byName.get("place")).isEqualTo(byCode.get("place"));

        Map<String, Object> street = answer(get("/api/finder/referral").param("q", "Via Inesistente 12")
                .param("serviceType", "NURSERY"));
        assertThat(street).containsEntry("resolved", false);
        assertThat((String) street.get("message")).contains("not geocoded");
        assertThat(list(street, "centres")).isEmpty();
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(bad(get("/api/finder/referral").param("serviceType", "NURSERY"))).contains("give the place once");
        assertThat(bad(get("/api/finder/referral").param("nil", "NO-SUCH").param("serviceType", "NURSERY")))
                .contains("nil: no neighbourhood with code NO-SUCH");
        assertThat(bad(get("/api/finder/referral").param("lon", "9.19").param("lat", "45.46")
                .param("serviceType", "TELEPORTATION"))).contains("serviceType: no serviceType with code TELEPORTATION");
        assertThat(bad(get("/api/finder/referral").param("lon", "9.19").param("serviceType", "NURSERY")))
                .contains("lat is required");
        assertThat(bad(get("/api/finder/referral").param("lon", "9.19").param("lat", "45.46")
                .param("serviceType", "NURSERY").param("target", "P_NOBODY"))).contains("target: no target with code");
        assertThat(bad(get("/api/finder/referral").param("lon", "9.19").param("lat", "45.46")
                .param("serviceType", "NURSERY").param("limit", "0"))).contains("limit must be between 1 and 20");
    }

    /** Open nurseries by exact metric distance from the origin, with operator and free places. */
    private List<Map<String, Object>> byDistance() {
        return jdbc.queryForList("""
                SELECT f.code, fs.id, fs.capacity_places AS places, org.name AS operator,
                       ST_Distance(ST_Transform(f.geom, 32632), ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 32632))
                           AS metres,
                       greatest(0, fs.capacity_places - o.in_use) AS free
                FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                LEFT JOIN organisation org ON org.id = f.organisation_id
                LEFT JOIN facility_occupancy o ON o.facility_service_id = fs.id
                WHERE st.code = 'NURSERY' AND f.status = 'OPEN' ORDER BY metres, f.code""", lon, lat);
    }

    private void set(Map<String, Object> service, int inUse, int waiting) {
        jdbc.update("""
                INSERT INTO facility_occupancy (facility_service_id, in_use, waiting, as_of, updated_by)
                VALUES (?, ?, ?, DATE '2025-06-30', 'test')""", service.get("id"), inUse, waiting);
    }

    private Map<String, Object> answer(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readValue(response.getContentAsString(), new TypeReference<>() { });
    }

    private String bad(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        return response.getContentAsString();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String field) {
        return (List<Map<String, Object>>) answer.get(field);
    }
}
