package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Imported travel costs feed the analytics; bad parameters and bad cost files are refused with a 400 that says why. */
class AnalyticsInputTest extends SampleCityApiTest {

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void sampleCity() {
        jdbc.update("DELETE FROM travel_cost");
    }

    @Test
    void importedMinutesDriveTheNearestCentre() throws Exception {
        List<String> sections = jdbc.queryForList("SELECT code FROM census_section ORDER BY code LIMIT 2", String.class);
        List<String> centres = jdbc.queryForList("""
                SELECT f.code FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = 'HOME_CARE' AND f.status = 'OPEN' ORDER BY f.code LIMIT 2""", String.class);
        String csv = "origin,destination,cost\n"
                + sections.get(0) + "," + centres.get(0) + ",12.5\n"
                + sections.get(0) + "," + centres.get(1) + ",7.25\n"
                + sections.get(1) + "," + centres.get(1) + ",40\n";
        importCosts(csv, "unit", "minutes").andExpect(status().isCreated()).andExpect(jsonPath("$.rowsWritten").value(3));
        // re-importing replaces the pairs instead of adding them
        importCosts(csv, "unit", "minutes").andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM travel_cost", Integer.class)).isEqualTo(3);

        String body = mvc.perform(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE")
                        .param("serviceType", "HOME_CARE").param("method", "nearest").param("costs", "imported")
                        .param("cutoff", "30").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit").value("min"))
                .andExpect(jsonPath("$.costSource").value("imported"))
                .andReturn().getResponse().getContentAsString();
        JsonNode layer = json.readTree(body);
        assertThat(layer.get("sectionsWithValue").asInt()).isEqualTo(1);
        for (JsonNode section : layer.get("sections")) {
            if (section.get("code").asString().equals(sections.get(0))) {
                assertThat(section.get("value").asDouble()).isEqualTo(7.25);
            } else {
                assertThat(section.get("value").isNull()).isTrue();
            }
        }
    }

    @Test
    void badCostFilesAreRefusedWholeNamingFileRowAndField() throws Exception {
        String section = jdbc.queryForObject("SELECT min(code) FROM census_section", String.class);
        String facility = jdbc.queryForObject("SELECT min(code) FROM facility", String.class);
        importCosts("origin,destination,cost\n" + section + "," + facility + ",3\nNOSECTION," + facility + ",4\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("costs.csv"))
                .andExpect(jsonPath("$.location").value("row 2"))
                .andExpect(jsonPath("$.field").value("origin"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("unknown census section NOSECTION")));
        importCosts("origin,destination,cost\n" + section + ",F-NONE,3\n")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("destination"));
        importCosts("origin,destination,cost\n" + section + "," + facility + ",-3\n")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cost"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("must not be negative")));
        importCosts("origin,destination,cost\n" + section + "," + facility + ",ten\n")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cost"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("is not a number")));
        importCosts("origin,destination,cost\n" + section + "," + facility + ",3\n", "unit", "hours")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unit"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM travel_cost", Integer.class)).isZero();
    }

    @Test
    void badParametersAreRefusedNamingTheProblem() throws Exception {
        expect400(get("/api/analytics/accessibility").param("target", "P_NOBODY").param("serviceType", "HOME_CARE"),
                "unknown target 'P_NOBODY' (see /api/targets)");
        expect400(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE").param("serviceType", "TELEPORT"),
                "unknown service type 'TELEPORT' (see /api/service-types)");
        expect400(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("method", "3sfca"), "unknown method '3sfca': use ratio, 2sfca, e2sfca-step, e2sfca-gaussian, "
                + "nearest or nth-nearest");
        expect400(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("cutoff", "-500"), "cutoff must be a positive number, got -500.0");
        expect400(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("method", "e2sfca-step").param("cutoff", "1000").param("steps", "500:1,2000:0.5"),
                "steps: the last upper bound 2000.0 is beyond the cutoff 1000.0");
        expect400(get("/api/analytics/catchments").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("cutoff", "0"), "cutoff must be a positive number, got 0.0");
        expect400(get("/api/analytics/gaps").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("benchmark", "norm"), "benchmark=norm needs norm, the places per 1,000 target people (>= 0)");
        expect400(get("/api/analytics/concentration").param("target", "P_ELDERLY_ALONE").param("permutations", "100000"),
                "permutations must be between 0 and 9999, got 100000");
        expect400(get("/api/analytics/priorities").param("targets", "P_ELDERLY_ALONE,P_MINORS").param("weights", "1"),
                "weights: 1 weights for 2 targets; give one weight per target, in the same order");
        expect400(get("/api/analytics/comparison").param("districts", "1").param("targets", "P_ELDERLY_ALONE")
                .param("serviceType", "HOME_CARE"), "districts: name at least two municipio codes");
        expect400(get("/api/analytics/accessibility").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("costs", "imported"), "no travel costs are imported: upload them to /api/imports/travel-costs "
                + "or use costs=euclidean");
        expect400(get("/api/analytics/equity").param("target", "P_ELDERLY_ALONE").param("serviceType", "HOME_CARE")
                .param("format", "pdf"), "unknown format 'pdf': use json, csv or xlsx");
    }

    private void expect400(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                           String message) throws Exception {
        mvc.perform(request.with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(message));
    }

    private ResultActions importCosts(String csv, String... parameters) throws Exception {
        var request = multipart("/api/imports/travel-costs")
                .file(new MockMultipartFile("file", "costs.csv", "text/csv", csv.getBytes()));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request.with(httpBasic("admin", "admin")));
    }
}
