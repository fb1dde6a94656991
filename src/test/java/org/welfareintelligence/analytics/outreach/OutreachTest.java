package org.welfareintelligence.analytics.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SmallCityApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Outreach on the small city: section centres at x = 250, 750 and 1,500 m with 30, 20 and 100 elderly people
 * (150 in all), straight line with detour factor 1. Within 600 m, S1 reaches S1 + S2 (50), S2 the same (50) and
 * S3 only itself (100): one location is S3, 100 of 150; two reach everyone, S3 adding 100 and the other 50.
 * Within 800 m, S2 also reaches S3 (750 m): one location at S2 reaches all 150.
 */
class OutreachTest extends SmallCityApiTest {

    @Test
    void theLocationsReachingTheMostPeopleOnFootWithTheShareReached() throws Exception {
        JsonNode one = okJson(outreach(1, 600));
        assertThat(texts(one.get("locations"), "code")).containsExactly("S3");
        assertThat(one.get("reachedPeople").asDouble()).isEqualTo(100);
        assertThat(one.get("targetPeople").asDouble()).isEqualTo(150);
        assertThat(one.get("shareReached").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(one.get("locations").get(0).get("name").asString()).isEqualTo("Borgo Due");

        JsonNode two = okJson(outreach(2, 600));
        assertThat(two.get("reachedPeople").asDouble()).isEqualTo(150);
        assertThat(two.get("shareReached").asDouble()).isEqualTo(1.0);
        assertThat(texts(two.get("locations"), "code").get(0)).isEqualTo("S3");
        assertThat(texts(two.get("locations"), "code").get(1)).isIn("S1", "S2");
        assertThat(numbers(two.get("locations"), "addedPeople")).containsExactly(100.0, 50.0);
        assertThat(numbers(two.get("locations"), "peopleWithinRadius")).containsExactly(100.0, 50.0);

        JsonNode wide = okJson(outreach(1, 800));
        assertThat(texts(wide.get("locations"), "code")).containsExactly("S2");
        assertThat(wide.get("reachedPeople").asDouble()).isEqualTo(150);

        String csv = ok(outreach(1, 800).param("format", "csv")).getContentAsString();
        assertThat(csv).startsWith("\"rank\",\"kind\",\"code\",\"name\",\"lon\",\"lat\",\"people_within_radius\","
                + "\"added_people\"\n").contains("1,\"sections\",\"S2\",\"Borgo Uno\",");
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(answer(outreach(0, 500), 400).getContentAsString()).contains("k must be between 1 and 50");
        assertThat(answer(outreach(4, 500), 400).getContentAsString()).contains("k is 4 but there are 3 candidate locations (sections)");
        assertThat(answer(outreach(1, 0), 400).getContentAsString()).contains("radius must be above 0");
        assertThat(answer(get("/api/analytics/outreach").param("target", "P_NOBODY"), 400).getContentAsString())
                .contains("unknown target 'P_NOBODY'");
    }

    /**
     * Two libraries imported in the registry's own field names: L1 at S1's centre (250, 500), L2 at (1,500, 600),
     * 100 m from S3's centre and 757 m from S2's. Within 600 m L1 reaches S1 + S2 (50), L2 only S3 (100); within
     * 800 m L2 also reaches S2: 120.
     */
    @Test
    void importedLibrariesAreTheCandidateLocations() throws Exception {
        String features = jdbc.queryForObject("""
                SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(json_build_object('type', 'Feature',
                    'properties', json_build_object('codiceIsil', c, 'denominazioni.ufficiale', n),
                    'geometry', ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(514000 + x, 5034000 + y), 32632), 4326))::json)))
                FROM (VALUES ('IT-L1', 'Biblioteca Uno', 250, 500), ('IT-L2', 'Biblioteca Due', 1500, 600)) v(c, n, x, y)""",
                String.class);
        answer(multipart("/api/imports/public-places").file(new MockMultipartFile("file", "libraries.geojson",
                "application/geo+json", features.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("placeKind", "library").with(csrf()), 201);
        JsonNode near = okJson(outreach(1, 600).param("places", "library"));
        assertThat(near.get("places").asString()).isEqualTo("library");
        assertThat(texts(near.get("locations"), "code")).containsExactly("IT-L2");
        assertThat(texts(near.get("locations"), "name")).containsExactly("Biblioteca Due");
        assertThat(near.get("reachedPeople").asDouble()).isEqualTo(100);
        JsonNode wide = okJson(outreach(1, 800).param("places", "library"));
        assertThat(wide.get("reachedPeople").asDouble()).isEqualTo(120);
        JsonNode both = okJson(outreach(2, 600).param("places", "library"));
        assertThat(texts(both.get("locations"), "code")).containsExactly("IT-L2", "IT-L1");
        assertThat(both.get("shareReached").asDouble()).isEqualTo(1.0);
        assertThat(answer(outreach(1, 600).param("places", "pharmacy"), 400).getContentAsString())
                .contains("there is no public place of kind PHARMACY");
        assertThat(answer(multipart("/api/imports/public-places").file(new MockMultipartFile("file", "libraries.geojson",
                "application/geo+json", features.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(csrf()), 400)
                .getContentAsString()).contains("placeKind is required");
    }

    private static MockHttpServletRequestBuilder outreach(int k, double radius) {
        return get("/api/analytics/outreach").param("target", "P_ELDERLY_75_PLUS").param("k", "" + k)
                .param("radius", "" + radius);
    }
}
