package org.welfareintelligence.occupancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.OccupancySnapshot;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Occupancy imported by a planner, shown with free places and a disclosure-controlled waiting list. */
class OccupancyTest extends SampleCityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "facility_code,service_type,in_use,waiting,as_of\n";

    private List<Map<String, Object>> services;
    private OccupancySnapshot before;
    private long lastBatch;

    @BeforeEach
    void twoServicesWithPlaces() {
        services = jdbc.queryForList("""
                SELECT f.code, st.code AS service_type, fs.capacity_places AS places, fs.id
                FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE fs.capacity_places >= 10 AND f.status = 'OPEN' ORDER BY f.code, st.code LIMIT 2""");
        lastBatch = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM import_batch", Long.class);
        before = OccupancySnapshot.of(jdbc, List.of(services.get(0).get("id"), services.get(1).get("id")));
    }

    @AfterEach
    void restore() {
        before.restore();
        // the sample city stays the only data, so later tests need not reload it
        jdbc.update("DELETE FROM import_batch WHERE id > ?", lastBatch);
    }

    @Test
    void theSampleCityHasPlausibleOccupancy() {
        Map<String, Object> summary = jdbc.queryForMap("""
                SELECT count(*) AS services, count(*) FILTER (WHERE o.in_use > fs.capacity_places) AS overfull,
                       sum(o.in_use)::float / sum(fs.capacity_places) AS load
                FROM facility_occupancy o JOIN facility_service fs ON fs.id = o.facility_service_id""");
        assertThat(((Number) summary.get("services")).longValue()).isGreaterThan(1_000);
        assertThat(((Number) summary.get("overfull")).longValue()).isPositive();
        assertThat((Double) summary.get("load")).isBetween(0.7, 1.0);
    }

    @Test
    void aPlannerImportsOccupancyAndOverFullShowsZeroFreeAndTheExcessWaiting() throws Exception {
        Map<String, Object> first = services.get(0);
        Map<String, Object> second = services.get(1);
        int places = (Integer) first.get("places");
        String csv = HEADER + first.get("code") + "," + first.get("service_type") + "," + (places + 3) + ",4,2025-05-31\n"
                + second.get("code") + "," + second.get("service_type") + ",2,1,2025-05-31\n";
        assertThat(upload(csv).getStatus()).isEqualTo(201);

        Map<String, Object> overFull = occupancy((String) first.get("code"), (String) first.get("service_type"),
                httpBasic("admin", "admin"));
        assertThat(overFull).containsEntry("placesInUse", places + 3).containsEntry("freePlaces", 0)
                .containsEntry("waiting", 7).containsEntry("asOf", "2025-05-31");
        // 7 waiting is at or above the threshold: anonymous readers see it too
        assertThat(occupancy((String) first.get("code"), (String) first.get("service_type"), null))
                .containsEntry("waiting", 7);

        int secondPlaces = (Integer) second.get("places");
        assertThat(occupancy((String) second.get("code"), (String) second.get("service_type"),
                httpBasic("admin", "admin"))).containsEntry("freePlaces", secondPlaces - 2).containsEntry("waiting", 1);
        // one person waiting is withheld below PLANNER; free places are places and stay public
        Map<String, Object> anonymous = occupancy((String) second.get("code"), (String) second.get("service_type"), null);
        assertThat(anonymous).containsEntry("freePlaces", secondPlaces - 2);
        assertThat(anonymous.get("waiting")).isNull();
    }

    @Test
    void aBadRowIsNamedByRowAndFieldAndNothingIsWritten() throws Exception {
        Map<String, Object> first = services.get(0);
        Map<String, Object> second = services.get(1);
        String good = second.get("code") + "," + second.get("service_type") + ",1,0,2025-05-31\n";
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT * FROM facility_occupancy ORDER BY 1");
        for (String[] bad : new String[][] {
                {first.get("code") + "," + first.get("service_type") + ",-3,0,2025-05-31\n", "in_use"},
                {first.get("code") + ",NO_SUCH_SERVICE,3,0,2025-05-31\n", "service_type"},
                {first.get("code") + "," + first.get("service_type") + ",3,many,2025-05-31\n", "waiting"},
                {first.get("code") + "," + first.get("service_type") + ",3,0,31/05/2025\n", "as_of"},
                {second.get("code") + "," + second.get("service_type") + ",3,0,2025-05-31\n", "service_type"}}) {
            MockHttpServletResponse response = upload(HEADER + good + bad[0]);
            assertThat(response.getStatus()).isEqualTo(400);
            Map<String, Object> error = JSON.readValue(response.getContentAsString(), new TypeReference<>() { });
            assertThat(error).containsEntry("location", "row 2").containsEntry("field", bad[1]);
        }
        assertThat(jdbc.queryForList("SELECT * FROM facility_occupancy ORDER BY 1")).isEqualTo(stored);
    }

    private MockHttpServletResponse upload(String csv) throws Exception {
        return mvc.perform(multipart("/api/imports/occupancy")
                .file(new MockMultipartFile("file", "occupancy.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(httpBasic("admin", "admin"))).andReturn().getResponse();
    }

    private Map<String, Object> occupancy(String facility, String serviceType, RequestPostProcessor as)
            throws Exception {
        var request = get("/api/occupancy/" + facility);
        String body = mvc.perform(as == null ? request : request.with(as)).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> found = JSON.readValue(body, new TypeReference<>() { });
        return found.stream().filter(s -> serviceType.equals(s.get("serviceType"))).findFirst().orElseThrow();
    }
}
