package org.welfareintelligence.analytics.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
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
        assertThat(texts(one.get("locations"), "section")).containsExactly("S3");
        assertThat(one.get("reachedPeople").asDouble()).isEqualTo(100);
        assertThat(one.get("targetPeople").asDouble()).isEqualTo(150);
        assertThat(one.get("shareReached").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(one.get("locations").get(0).get("neighbourhood").asString()).isEqualTo("Borgo Due");

        JsonNode two = okJson(outreach(2, 600));
        assertThat(two.get("reachedPeople").asDouble()).isEqualTo(150);
        assertThat(two.get("shareReached").asDouble()).isEqualTo(1.0);
        assertThat(texts(two.get("locations"), "section").get(0)).isEqualTo("S3");
        assertThat(texts(two.get("locations"), "section").get(1)).isIn("S1", "S2");
        assertThat(numbers(two.get("locations"), "addedPeople")).containsExactly(100.0, 50.0);
        assertThat(numbers(two.get("locations"), "peopleWithinRadius")).containsExactly(100.0, 50.0);

        JsonNode wide = okJson(outreach(1, 800));
        assertThat(texts(wide.get("locations"), "section")).containsExactly("S2");
        assertThat(wide.get("reachedPeople").asDouble()).isEqualTo(150);

        String csv = ok(outreach(1, 800).param("format", "csv")).getContentAsString();
        assertThat(csv).startsWith("\"rank\",\"section\",\"neighbourhood\",\"lon\",\"lat\",\"people_within_radius\","
                + "\"added_people\"\n").contains("1,\"S2\",\"Borgo Uno\",");
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(answer(outreach(0, 500), 400).getContentAsString()).contains("k must be between 1 and 50");
        assertThat(answer(outreach(4, 500), 400).getContentAsString()).contains("k is 4 but the city has 3 sections");
        assertThat(answer(outreach(1, 0), 400).getContentAsString()).contains("radius must be above 0");
        assertThat(answer(get("/api/analytics/outreach").param("target", "P_NOBODY"), 400).getContentAsString())
                .contains("unknown target 'P_NOBODY'");
    }

    private static MockHttpServletRequestBuilder outreach(int k, double radius) {
        return get("/api/analytics/outreach").param("target", "P_ELDERLY_75_PLUS").param("k", "" + k)
                .param("radius", "" + radius);
    }
}
