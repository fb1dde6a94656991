package org.welfareintelligence.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A foundation compares three municipi of the sample city, ranks them and saves the priority set. */
class FoundationWorkspaceTest extends SampleCityApiTest {

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void sampleCity() {
        jdbc.update("DELETE FROM priority_set");
    }

    @Test
    void scoresAreMinMaxRatesWeightedAndDecomposed() throws Exception {
        JsonNode ranking = json.readTree(mvc.perform(get("/api/foundation/ranking").param("level", "municipio")
                        .param("districts", "1,4,9").param("targets", "P_ELDERLY_75_PLUS:2,P_ELDERLY_ALONE:1")
                        .with(foundation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // the same index computed here from the database: rate per 1,000, min-max over the three, weights 2/3 and 1/3
        Map<String, double[]> rates = new HashMap<>();
        for (String code : new String[] {"1", "4", "9"}) {
            rates.put(code, new double[] {rate("P_ELDERLY_75_PLUS", code), rate("P_ELDERLY_ALONE", code)});
        }
        double[] min = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] r : rates.values()) {
            for (int k = 0; k < 2; k++) {
                min[k] = Math.min(min[k], r[k]);
                max[k] = Math.max(max[k], r[k]);
            }
        }
        double[] weight = {2.0 / 3, 1.0 / 3};
        double previous = Double.MAX_VALUE;
        for (JsonNode district : ranking.get("districts")) {
            double[] r = rates.get(district.get("code").asString());
            double expected = 0;
            for (int k = 0; k < 2; k++) {
                double contribution = weight[k] * (r[k] - min[k]) / (max[k] - min[k]);
                assertThat(district.get("targets").get(k).get("contribution").asDouble()).isCloseTo(contribution, within(1e-9));
                assertThat(district.get("targets").get(k).get("ratePer1000").asDouble()).isCloseTo(r[k], within(1e-9));
                expected += contribution;
            }
            assertThat(district.get("score").asDouble()).isCloseTo(expected, within(1e-9));
            assertThat(expected).isLessThanOrEqualTo(previous);
            previous = expected;
        }
        assertThat(ranking.get("districts").get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void prioritySetsBelongToTheirOwner() throws Exception {
        String body = """
                {"name":"Call 2027 - elderly at home","level":"municipio","districts":["1","4","9"],
                 "targets":[{"code":"P_ELDERLY_75_PLUS","weight":2},{"code":"P_ELDERLY_ALONE","weight":1}]}""";
        String location = mvc.perform(post("/api/foundation/priority-sets").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(foundation()).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/foundation/priority-sets/")))
                .andExpect(jsonPath("$.ranking.districts.length()").value(3))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(foundation())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Call 2027 - elderly at home"));
        mvc.perform(get("/api/foundation/priority-sets").with(foundation()))
                .andExpect(jsonPath("$.length()").value(1));

        RequestPostProcessor other = user("other-foundation").roles("FOUNDATION");
        mvc.perform(get(location).with(other)).andExpect(status().isNotFound());
        mvc.perform(delete(location).with(other).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/foundation/priority-sets").with(other)).andExpect(jsonPath("$.length()").value(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM priority_set", Integer.class)).isEqualTo(1);

        mvc.perform(delete(location).with(foundation()).with(csrf())).andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM priority_set", Integer.class)).isZero();
    }

    @Test
    void aTargetWithheldInADistrictIsLeftOutOfTheIndex() throws Exception {
        // neighbourhood 20 holds 1.34 estimated rough sleepers: withheld for a foundation, so not ranked on
        mvc.perform(get("/api/foundation/ranking").param("level", "neighbourhood").param("districts", "20,21,22")
                        .param("targets", "P_ELDERLY_75_PLUS:1,P_ROUGH_SLEEPERS:1").with(foundation()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded[0]").value("P_ROUGH_SLEEPERS"));
        mvc.perform(get("/api/foundation/ranking").param("level", "neighbourhood").param("districts", "20,21,22")
                        .param("targets", "P_ELDERLY_75_PLUS:1,P_ROUGH_SLEEPERS:1").with(user("p").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.excluded.length()").value(0));
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        mvc.perform(get("/api/foundation/ranking").param("districts", "1").param("targets", "P_ELDERLY_75_PLUS:1")
                        .with(foundation()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("between 2 and")));
        mvc.perform(get("/api/foundation/ranking").param("districts", "1,2").param("targets", "P_ELDERLY_75_PLUS:-1")
                        .with(foundation()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("weight of P_ELDERLY_75_PLUS")));
        mvc.perform(get("/api/foundation/ranking").param("districts", "1,77").param("targets", "P_ELDERLY_75_PLUS:1")
                        .with(foundation()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("77")));
        mvc.perform(post("/api/foundation/priority-sets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"<script>x</script>\",\"level\":\"municipio\",\"districts\":[\"1\",\"2\"],"
                                + "\"targets\":[{\"code\":\"P_ELDERLY_75_PLUS\",\"weight\":1}]}")
                        .with(foundation()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("without markup")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM priority_set", Integer.class)).isZero();
    }

    private double rate(String target, String municipio) {
        return jdbc.queryForObject("""
                SELECT sum(d.value) * 1000.0 / (SELECT sum(s2.population) FROM census_section s2
                        JOIN territorial_area n2 ON n2.id = s2.neighbourhood_id JOIN territorial_area m2 ON m2.id = n2.parent_id
                        WHERE m2.code = ?)
                FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                JOIN territorial_area n ON n.id = s.neighbourhood_id JOIN territorial_area m ON m.id = n.parent_id
                WHERE t.code = ? AND m.code = ? AND m.level = 'MUNICIPIO'
                  AND d.period = (SELECT max(period) FROM demand)""",
                Double.class, municipio, target, municipio);
    }

    private static RequestPostProcessor foundation() {
        return user("foundation").roles("FOUNDATION");
    }
}
