package org.welfareintelligence.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The public finder on the sample city, checked against a brute-force distance ranking of every facility. */
class ServiceFinderTest extends SampleCityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void nearestOpenFacilitiesSortedByDistanceAsABruteForceRankingSaysAnonymously() throws Exception {
        for (double[] point : new double[][] {{45.4642, 9.19}, {45.50, 9.12}, {45.43, 9.25}}) {
            List<Map<String, Object>> found = nearest(point, "NURSERY", false, 8);
            assertThat(found).hasSize(8);
            assertThat(found).allSatisfy(f -> assertThat(f.get("status")).isEqualTo("OPEN"));
            List<Long> distances = found.stream().map(f -> ((Number) f.get("distanceMetres")).longValue()).toList();
            assertThat(distances).isSorted();
            // every open nursery ranked by exact metric distance, without the index
            List<Long> expected = jdbc.queryForList("""
                    SELECT round(ST_Distance(ST_Transform(f.geom, 32632),
                                 ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 32632)))::bigint AS d
                    FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                    JOIN service_type st ON st.id = fs.service_type_id
                    WHERE st.code = 'NURSERY' AND f.status = 'OPEN' ORDER BY d LIMIT 8""", Long.class,
                    point[1], point[0]);
            assertThat(distances).isEqualTo(expected);
        }
    }

    @Test
    void notOpenFacilitiesOnlyWhenAskedAndBadInputNamed() throws Exception {
        long notOpen = jdbc.queryForObject("""
                SELECT count(*) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE st.code = 'NURSERY' AND f.status <> 'OPEN'""",
                Long.class);
        assertThat(notOpen).isPositive();
        List<Map<String, Object>> all = nearest(new double[] {45.4642, 9.19}, "NURSERY", true, 50);
        assertThat(all.stream().filter(f -> !"OPEN".equals(f.get("status")))).isNotEmpty();
        assertThat(mvc.perform(get("/api/finder/nearest").param("lat", "45.46").param("lon", "9.19")
                .param("serviceType", "TELEPORTATION")).andReturn().getResponse().getContentAsString())
                .contains("no service type with code TELEPORTATION");
        assertThat(mvc.perform(get("/api/finder/nearest").param("lat", "145").param("lon", "9.19")
                .param("serviceType", "NURSERY")).andReturn().getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void placesByNeighbourhoodNameOrFacilityAddress() throws Exception {
        Map<String, Object> area = jdbc.queryForMap(
                "SELECT name FROM territorial_area WHERE level = 'NEIGHBOURHOOD' ORDER BY code LIMIT 1");
        String name = (String) area.get("name");
        List<Map<String, Object>> places = JSON.readValue(mvc.perform(get("/api/finder/places").param("q", name))
                .andReturn().getResponse().getContentAsString(), new TypeReference<>() { });
        assertThat(places).isNotEmpty();
        assertThat(places.get(0)).containsEntry("label", name).containsEntry("kind", "neighbourhood");
        String page = mvc.perform(get("/find")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Non c&#39;è una ricerca per via");
        String english = mvc.perform(get("/find").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("There is no street geocoder");
    }

    private List<Map<String, Object>> nearest(double[] point, String serviceType, boolean includeAll, int limit)
            throws Exception {
        String body = mvc.perform(get("/api/finder/nearest").param("lat", Double.toString(point[0]))
                        .param("lon", Double.toString(point[1])).param("serviceType", serviceType)
                        .param("includeAll", Boolean.toString(includeAll)).param("limit", Integer.toString(limit)))
                .andReturn().getResponse().getContentAsString();
        return JSON.readValue(body, new TypeReference<>() { });
    }
}
