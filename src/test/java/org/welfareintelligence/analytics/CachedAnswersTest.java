package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Cached analyses are served only while the data they were computed on is current, and never across
 * disclosure levels: a write to the supply changes the next answer at once, and a planner asking after a
 * foundation gets exact figures, not the foundation's controlled ones.
 */
class CachedAnswersTest extends SampleCityApiTest {

    private static final String URL = "/api/analytics/accessibility?method=2sfca&cutoff=1500"
            + "&target=P_ELDERLY_ALONE&serviceType=HOME_CARE";

    @Autowired
    ObjectMapper json;

    @Test
    void aChangeOfCapacityIsInTheNextAnswer() throws Exception {
        // 2SFCA identity: the demand-weighted sum of the ratios is the places of the centres with demand in reach
        double before = reachablePlaces(read(httpBasic("admin", "admin")));
        assertThat(reachablePlaces(read(httpBasic("admin", "admin")))).isEqualTo(before);
        long facilityService = jdbc.queryForObject("""
                SELECT fs.id FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id
                JOIN supply_in_force(current_date) now ON now.facility_service_id = fs.id
                WHERE st.code = 'HOME_CARE' AND fs.capacity_places > 0
                  AND NOT EXISTS (SELECT 1 FROM facility_service_change c
                                  WHERE c.facility_id = fs.facility_id AND c.service_type_id = fs.service_type_id)
                ORDER BY f.code LIMIT 1""", Long.class);
        jdbc.update("UPDATE facility_service SET capacity_places = capacity_places + 1000 WHERE id = ?", facilityService);
        try {
            assertThat(reachablePlaces(read(httpBasic("admin", "admin")))).isCloseTo(before + 1000, within(1e-6));
        } finally {
            jdbc.update("UPDATE facility_service SET capacity_places = capacity_places - 1000 WHERE id = ?",
                    facilityService);
        }
        assertThat(reachablePlaces(read(httpBasic("admin", "admin")))).isCloseTo(before, within(1e-6));
    }

    @Test
    void aPlannerAfterAFoundationGetsExactFigures() throws Exception {
        assertThat(smallCounts(read(httpBasic("foundation", "foundation")))).as("small counts shown to a foundation")
                .isZero();
        assertThat(smallCounts(read(httpBasic("admin", "admin")))).as("small counts shown to a planner").isPositive();
    }

    private static int smallCounts(JsonNode layer) {
        int small = 0;
        for (JsonNode section : layer.get("sections")) {
            double demand = section.get("demand").asDouble();
            small += demand > 0 && demand < 5 ? 1 : 0;
        }
        return small;
    }

    private double reachablePlaces(JsonNode layer) {
        double sum = 0;
        for (JsonNode section : layer.get("sections")) {
            if (!section.get("value").isNull()) {
                sum += section.get("demand").asDouble() * section.get("value").asDouble();
            }
        }
        return sum;
    }

    private JsonNode read(RequestPostProcessor user) throws Exception {
        return json.readTree(mvc.perform(get(URL).with(user)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
