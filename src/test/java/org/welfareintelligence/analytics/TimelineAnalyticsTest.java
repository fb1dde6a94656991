package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Demand periods and the supply in force over the sample city's 2011, 2016 and 2021. */
class TimelineAnalyticsTest extends SampleCityApiTest {

    private static final String TARGET = "P_ELDERLY_75_PLUS";
    private static final String SERVICE = "ELDERLY_DAY_CENTRE";

    @Autowired
    ObjectMapper json;

    @Test
    void theSampleCityHasThreePeriodsAndASupplyThatChanges() {
        assertThat(jdbc.queryForList("SELECT DISTINCT period FROM demand ORDER BY period", String.class))
                .containsExactly("2011", "2016", "2021");
        // every target has every period
        assertThat(jdbc.queryForObject("SELECT count(*) FROM (SELECT target_id FROM demand GROUP BY target_id "
                + "HAVING count(DISTINCT period) = 3) t", Integer.class)).isEqualTo(111);
        int in2011 = jdbc.queryForObject("SELECT count(*) FROM supply_in_force('2011-07-01')", Integer.class);
        int in2021 = jdbc.queryForObject("SELECT count(*) FROM supply_in_force('2021-07-01')", Integer.class);
        int opened = jdbc.queryForObject("""
                SELECT count(*) FROM supply_in_force('2021-07-01') n JOIN facility f ON f.id = n.facility_id
                WHERE f.opened_on > '2011-07-01'""", Integer.class);
        int closed = jdbc.queryForObject("""
                SELECT count(*) FROM supply_in_force('2011-07-01') n JOIN facility f ON f.id = n.facility_id
                WHERE f.closed_on <= '2021-07-01'""", Integer.class);
        assertThat(opened).isGreaterThan(100);
        assertThat(closed).isGreaterThan(10);
        assertThat(in2021 - in2011).isEqualTo(opened - closed);
        int resized = jdbc.queryForObject("""
                SELECT count(*) FROM supply_in_force('2011-07-01') a JOIN supply_in_force('2021-07-01') b
                  ON b.facility_service_id = a.facility_service_id WHERE a.places <> b.places""", Integer.class);
        assertThat(resized).isGreaterThan(50);
    }

    @Test
    void anUnknownPeriodIsA400NamingTheKnownOnes() throws Exception {
        mvc.perform(get("/api/demand").param("target", TARGET).param("period", "2001").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("unknown period '2001': the known periods are 2011, 2016, 2021"));
        mvc.perform(get("/api/analytics/accessibility").param("target", TARGET).param("serviceType", SERVICE)
                        .param("period", "2020").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("the known periods are 2011, 2016, 2021")));
        mvc.perform(get("/api/analytics/gaps").param("target", TARGET).param("serviceType", SERVICE)
                        .param("year", "2005").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("no period in force in year 2005")));
        mvc.perform(get("/api/analytics/accessibility").param("target", TARGET).param("serviceType", SERVICE)
                        .param("date", "yesterday").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("parameter date 'yesterday'")));
        mvc.perform(get("/api/sections/991460000001/demand").param("period", "1991").with(admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aYearMeansThePeriodInForceThenAndTheLatestByDefault() throws Exception {
        mvc.perform(get("/api/demand").param("target", TARGET).param("level", "city").param("year", "2019")
                .with(admin())).andExpect(status().isOk()).andExpect(jsonPath("$.period").value("2016"));
        mvc.perform(get("/api/demand").param("target", TARGET).param("level", "city").with(admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.period").value("2021"));
    }

    @Test
    void twoStepFloatingCatchmentDiffersBetween2011And2021() throws Exception {
        JsonNode in2011 = accessibility("2011");
        JsonNode in2021 = accessibility("2021");
        assertThat(in2011.get("period").asString()).isEqualTo("2011");
        assertThat(in2011.get("supplyOn").asString()).isEqualTo("2011-07-01");
        assertThat(in2021.get("period").asString()).isEqualTo("2021");
        int centres2011 = in2011.get("facilities").asInt();
        int centres2021 = in2021.get("facilities").asInt();
        assertThat(centres2011).isEqualTo(jdbc.queryForObject("""
                SELECT count(*) FROM supply_in_force('2011-07-01') n JOIN service_type st ON st.id = n.service_type_id
                WHERE st.code = ?""", Integer.class, SERVICE));
        assertThat(centres2021).isNotEqualTo(centres2011);
        Map<String, Double> before = values(in2011);
        Map<String, Double> after = values(in2021);
        long changed = before.keySet().stream()
                .filter(code -> after.containsKey(code) && Math.abs(before.get(code) - after.get(code)) > 1e-9)
                .count();
        assertThat(changed).isGreaterThan(before.size() / 2);
    }

    private JsonNode accessibility(String year) throws Exception {
        return read(get("/api/analytics/accessibility").param("target", TARGET).param("serviceType", SERVICE)
                .param("method", "2sfca").param("cutoff", "2000").param("year", year));
    }

    private static Map<String, Double> values(JsonNode layer) {
        Map<String, Double> values = new HashMap<>();
        for (JsonNode section : layer.get("sections")) {
            if (!section.get("value").isNull()) {
                values.put(section.get("code").asString(), section.get("value").asDouble());
            }
        }
        return values;
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request.with(admin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic("admin", "admin");
    }
}
