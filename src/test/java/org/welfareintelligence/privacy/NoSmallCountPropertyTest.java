package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.MvtSummary;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * For readers below the planner role, no count of people between 1 and k - 1 appears anywhere: in random
 * drawn zones, random vector tiles, the demand API at every level and every analysis, for a rare target
 * (rough sleepers: 1–4 in most sections of the sample city) and a common one.
 */
class NoSmallCountPropertyTest extends SampleCityApiTest {

    /** JSON fields that hold counts of people (rates, ranks, distances and capacities are not counts). */
    private static final Set<String> COUNT_FIELDS = Set.of("population", "residents", "demand", "count",
            "people", "targetPeople", "sharedResidents", "demandByBand", "demandWithoutValue", "cityPeople",
            "unmetPeople", "addedPeople", "coveredPeople");
    /**
     * In the demand API and zone reports "value" and "total" are counts; in accessibility and equity results
     * they are a ratio and a Theil index.
     */
    private static final Set<String> COUNTS_WITH_VALUE = new java.util.HashSet<>(COUNT_FIELDS);

    static {
        COUNTS_WITH_VALUE.add("value");
        COUNTS_WITH_VALUE.add("total");
    }
    private static final List<String> TARGETS = List.of("P_ROUGH_SLEEPERS", "P_ELDERLY_ALONE");

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(20261122);

    @Test
    void randomDrawnZones() throws Exception {
        Map<String, Object> extent = jdbc.queryForMap(
                "SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1 "
                        + "FROM (SELECT ST_Extent(geom) AS e FROM census_section) b");
        double x0 = ((Number) extent.get("x0")).doubleValue();
        double y0 = ((Number) extent.get("y0")).doubleValue();
        double w = ((Number) extent.get("x1")).doubleValue() - x0;
        double h = ((Number) extent.get("y1")).doubleValue() - y0;
        int reports = 0;
        for (int i = 0; i < 25; i++) {
            double cx = x0 + w * (0.1 + 0.8 * random.nextDouble());
            double cy = y0 + h * (0.1 + 0.8 * random.nextDouble());
            double r = 0.002 + 0.02 * random.nextDouble();
            String polygon = String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                    cx - r, cy - r, cx + r, cy - r, cx + r, cy + r, cx - r, cy + r, cx - r, cy - r);
            var response = mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"targets\":[\"P_ROUGH_SLEEPERS\",\"P_ELDERLY_ALONE\"],\"polygon\":" + polygon + "}")
                    .with(organisation()).with(csrf())).andReturn().getResponse();
            if (response.getStatus() == 400) {
                continue; // a zone holding no section centroid
            }
            assertThat(response.getStatus()).isEqualTo(200);
            assertNoSmallCount(json.readTree(response.getContentAsString()), "zone " + polygon, COUNTS_WITH_VALUE);
            reports++;
        }
        assertThat(reports).isGreaterThan(15);
    }

    @Test
    void randomTiles() throws Exception {
        for (int i = 0; i < 20; i++) {
            int z = 12 + random.nextInt(3);
            int x = (int) ((9.19 + (random.nextDouble() - 0.5) * 0.16 + 180) / 360 * (1 << z));
            double lat = Math.toRadians(45.464 + (random.nextDouble() - 0.5) * 0.12);
            int y = (int) ((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * (1 << z));
            for (String layer : List.of("sections", "neighbourhoods", "municipi", "census-areas")) {
                for (String target : TARGETS) {
                    byte[] tile = mvc.perform(get("/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt")
                                    .param("target", target).with(foundation()))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                    assertThat(MvtSummary.numericValues(tile)).as("%s %d/%d/%d", layer, z, x, y)
                            .noneMatch(NoSmallCountPropertyTest::isSmall);
                }
            }
        }
    }

    @Test
    void demandAndEveryAnalysis() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String target : TARGETS) {
            for (String level : List.of("section", "neighbourhood", "census-area", "municipio", "city")) {
                urls.add("/api/demand?target=" + target + "&level=" + level);
            }
            String service = "&target=" + target + "&serviceType=HOME_CARE";
            urls.add("/api/analytics/catchments?format=json" + service);
            urls.add("/api/analytics/catchments?format=geojson" + service);
            urls.add("/api/analytics/overlaps?format=json" + service);
            urls.add("/api/analytics/overlaps?format=geojson" + service);
            urls.add("/api/analytics/accessibility?method=2sfca" + service);
            urls.add("/api/analytics/gaps?level=neighbourhood&benchmark=norm&norm=20" + service);
            urls.add("/api/analytics/gaps?level=municipio&benchmark=norm&norm=5" + service);
            urls.add("/api/analytics/concentration?level=neighbourhood&permutations=9&target=" + target);
            urls.add("/api/analytics/priorities?level=neighbourhood&weights=1,1&targets=P_ELDERLY_75_PLUS," + target);
            urls.add("/api/foundation/ranking?level=municipio&districts=1,2,3&targets=P_ELDERLY_75_PLUS:1," + target + ":1");
            urls.add("/api/analytics/centre-load?serviceType=ADDICTION_SERVICE&targets=" + target);
            urls.add("/api/analytics/centre-load?format=geojson&serviceType=ADDICTION_SERVICE&targets=" + target);
            urls.add("/api/partners?level=neighbourhood&code=20&serviceTypes=HOME_CARE,ADDICTION_SERVICE&radius=2000"
                    + "&targets=" + target);
        }
        urls.add("/api/analytics/service-mix/" + jdbc.queryForObject("""
                SELECT min(f.code) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'ADDICTION_SERVICE' AND f.status = 'OPEN'""", String.class));
        urls.add("/api/analytics/gaps?level=municipio&benchmark=city&target=P_ELDERLY_ALONE&serviceType=HOME_CARE");
        urls.add("/api/analytics/equity?method=2sfca&groupBy=municipio&target=P_ELDERLY_ALONE&serviceType=HOME_CARE");
        urls.add("/api/analytics/comparison?level=municipio&districts=1,2,3&serviceType=HOME_CARE&targets=P_ELDERLY_ALONE");
        // every rough sleeper's count is withheld from a foundation: these analyses say so instead of inventing one
        for (String refused : List.of("gaps?level=municipio&benchmark=city&target=P_ROUGH_SLEEPERS",
                "equity?method=2sfca&groupBy=municipio&target=P_ROUGH_SLEEPERS",
                "comparison?level=municipio&districts=1,2,3&targets=P_ROUGH_SLEEPERS")) {
            mvc.perform(get("/api/analytics/" + refused + "&serviceType=HOME_CARE")
                            .with(foundation()))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.message")
                            .value(org.hamcrest.Matchers.containsString("your role")));
        }
        for (String url : urls) {
            var response = mvc.perform(get(url).with(foundation())).andReturn().getResponse();
            assertThat(response.getStatus()).as(url + " " + response.getContentAsString()).isEqualTo(200);
            assertNoSmallCount(json.readTree(response.getContentAsString()), url,
                    url.startsWith("/api/demand") ? COUNTS_WITH_VALUE : COUNT_FIELDS);
        }
    }

    private static void assertNoSmallCount(JsonNode node, String where, Set<String> counts) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (counts.contains(field.getKey())) {
                    assertNoSmallNumber(field.getValue(), where + " ." + field.getKey());
                }
                assertNoSmallCount(field.getValue(), where, counts);
            }
        } else if (node.isArray()) {
            node.forEach(element -> assertNoSmallCount(element, where, counts));
        }
    }

    private static void assertNoSmallNumber(JsonNode value, String where) {
        if (value.isNumber()) {
            assertThat(isSmall(value.asDouble())).as(where + " = " + value).isFalse();
        } else if (value.isArray()) {
            value.forEach(v -> assertNoSmallNumber(v, where));
        }
    }

    private static boolean isSmall(double value) {
        return value > 0 && value < 5;
    }

    private static RequestPostProcessor foundation() {
        return user("foundation").roles("FOUNDATION");
    }

    private static RequestPostProcessor organisation() {
        return user("member").roles("ORGANISATION");
    }
}
