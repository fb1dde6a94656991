package org.welfareintelligence.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.network.core.ShortestPaths;
import org.welfareintelligence.network.core.StreetGraph;
import org.welfareintelligence.samplecity.SampleCityLoader;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SampleCityFixture;
import org.welfareintelligence.support.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Milan's real OpenStreetMap street lines (../shared, 33,864 polylines without .dbf) loaded with the synthetic
 * sample city, as on start-up: along the streets is never shorter than the straight line, and the detour is
 * what cities show.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MilanStreetNetworkTest extends PostgisTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SampleCityLoader sampleCity;

    @Autowired
    SampleCityStreets streets;

    @Autowired
    StreetGraphs graphs;

    @Autowired
    ObjectMapper json;

    private StreetCosts.Report costs;

    @BeforeAll
    void load() {
        SampleCityFixture.ensureLoaded(jdbc, sampleCity);
        costs = streets.load(SharedData.milano("streets_osm_2016/streets.shp"));
    }

    @Test
    void keepsTheLargestPieceOfMilansStreets() {
        var network = jdbc.queryForMap("SELECT * FROM street_network");
        System.out.println("Milan street network: " + network);
        assertThat((Integer) network.get("lines_read")).isEqualTo(33_864);
        assertThat((Integer) network.get("nodes")).isGreaterThan(20_000);
        assertThat((Double) network.get("kilometres")).isGreaterThan(1_000);
        // what is dropped are small unconnected bits: under a tenth of the length (7 % in the 2016 extract)
        assertThat((Double) network.get("dropped_kilometres")).isLessThan(0.1 * (Double) network.get("kilometres"));
        assertThat((Integer) network.get("edges")).isGreaterThan(30_000);
    }

    @Test
    void alongTheStreetsIsNeverShorterThanTheStraightLineAndTheMedianDetourIsPlausible() {
        StreetGraph graph = graphs.current().graph();
        ShortestPaths paths = new ShortestPaths(graph);
        Random random = new Random(2016);
        double[] ratios = new double[400];
        for (int k = 0; k < ratios.length; ) {
            int a = random.nextInt(graph.nodes());
            int b = random.nextInt(graph.nodes());
            double straight = Math.hypot(graph.x(a) - graph.x(b), graph.y(a) - graph.y(b));
            if (straight < 500 || straight > 5_000) {
                continue;
            }
            paths.between(a, b);
            assertThat(paths.distance(b)).as("pair %d-%d", a, b).isGreaterThanOrEqualTo(straight - 1e-6);
            ratios[k++] = paths.distance(b) / straight;
        }
        Arrays.sort(ratios);
        double median = (ratios[199] + ratios[200]) / 2;
        System.out.printf("Milan street network: median ratio along the streets / straight line over 400 node "
                + "pairs 0.5-5 km apart = %.3f (10th pct %.3f, 90th pct %.3f)%n", median, ratios[40], ratios[360]);
        assertThat(median).isBetween(1.05, 1.8);
    }

    @Test
    void sectionToFacilityCostsAreWrittenAsImportedTravelCostsAtLeastTheStraightLine() throws Exception {
        System.out.println("Travel along streets for the sample city: " + costs);
        assertThat(costs.sections()).isEqualTo(6_000);
        assertThat(costs.pairs()).isGreaterThan(100_000);
        mvc.perform(get("/api/network").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loaded").value(true))
                .andExpect(jsonPath("$.pairs").value(costs.pairs()));
        Integer shorter = jdbc.queryForObject("""
                SELECT count(*) FROM travel_cost t
                JOIN census_section s ON s.id = t.origin_section_id JOIN facility f ON f.id = t.destination_facility_id
                WHERE t.unit = 'METRES'
                  AND t.cost < ST_Distance(ST_Transform(s.centroid, 32632), ST_Transform(f.geom, 32632)) - 0.01""",
                Integer.class);
        assertThat(shorter).isZero();
        assertThat(jdbc.queryForObject("SELECT max(cost) FROM travel_cost WHERE unit = 'METRES'", Double.class))
                .isLessThanOrEqualTo(3_000);
        // walking at 4.5 km/h: 75 m a minute, the same pairs in both units
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM travel_cost m JOIN travel_cost n USING (origin_section_id, destination_facility_id)
                WHERE m.unit = 'METRES' AND n.unit = 'MINUTES' AND abs(m.cost / 75 - n.cost) < 1e-6""", Integer.class))
                .isEqualTo(costs.pairs());
        Double median = jdbc.queryForObject("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY t.cost / ST_Distance(ST_Transform(s.centroid, 32632),
                       ST_Transform(f.geom, 32632)))
                FROM travel_cost t
                JOIN census_section s ON s.id = t.origin_section_id JOIN facility f ON f.id = t.destination_facility_id
                WHERE t.unit = 'METRES' AND ST_Distance(ST_Transform(s.centroid, 32632), ST_Transform(f.geom, 32632)) > 500""",
                Double.class);
        System.out.printf("Sample city: median ratio of street metres to straight metres (pairs > 500 m) = %.3f%n", median);
        assertThat(median).isBetween(1.05, 1.8);
    }

    @Test
    void analysesWithImportedCostsTravelAlongTheStreetsAndSaySo() throws Exception {
        JsonNode streets = accessibility("imported");
        JsonNode straight = accessibility("euclidean");
        assertThat(streets.get("costSource").asString()).isEqualTo("streets");
        assertThat(streets.get("unit").asString()).isEqualTo("m");
        assertThat(straight.get("costSource").asString()).isEqualTo("straight-line");
        // the nearest centre along the streets is never nearer than the nearest in a straight line
        Map<String, Double> crowFlies = new HashMap<>();
        straight.get("sections").forEach(s -> crowFlies.put(s.get("code").asString(),
                s.get("value").isNull() ? null : s.get("value").asDouble()));
        int compared = 0;
        for (JsonNode section : streets.get("sections")) {
            if (!section.get("value").isNull()) {
                assertThat(section.get("value").asDouble()).isGreaterThanOrEqualTo(
                        crowFlies.get(section.get("code").asString()) - 0.01);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    private JsonNode accessibility(String costs) throws Exception {
        return json.readTree(mvc.perform(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE")
                        .param("serviceType", "HOME_CARE").param("method", "nearest").param("costs", costs)
                        .param("cutoff", "3000").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aRouteFromTheCathedralToTheCentralStationFollowsTheStreets() throws Exception {
        // Piazza del Duomo to Milano Centrale: about 2.4 km as the crow flies
        mvc.perform(get("/api/network/route").param("from", "45.4642,9.1900").param("to", "45.4852,9.2040")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.geometry.type").value("LineString"))
                .andExpect(jsonPath("$.geometry.coordinates.length()").value(greaterThan(20)))
                .andExpect(jsonPath("$.properties.metres").value(org.hamcrest.Matchers.allOf(
                        greaterThan(2_400.0), org.hamcrest.Matchers.lessThan(4_000.0))))
                .andExpect(jsonPath("$.properties.mode").value("walking"));
    }
}
