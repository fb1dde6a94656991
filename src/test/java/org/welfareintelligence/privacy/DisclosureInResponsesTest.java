package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.MvtSummary;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Readers below the planner role get demand and residents counts with small cells withheld, at every level,
 * in JSON, CSV and vector tiles; planners get every figure. Checked on the sample city, whose rare targets
 * (rough sleepers) have a count between 1 and 4 in most sections.
 */
class DisclosureInResponsesTest extends SampleCityApiTest {

    private static final String RARE = "P_ROUGH_SLEEPERS";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void foundationsSeeNoSmallCountAndCannotRecoverOneFromNeighbourhoodTotals() throws Exception {
        JsonNode sections = demand("section", foundation());
        Map<String, Double> raw = rawSectionValues();
        int withheld = 0;
        for (JsonNode unit : sections.get("units")) {
            if (unit.get("value").isNull()) {
                withheld++;
            } else {
                assertThat(isSmall(unit.get("value").asDouble())).as(unit.get("code").asString()).isFalse();
            }
            if (!unit.get("population").isNull()) {
                assertThat(isSmall(unit.get("population").asDouble())).isFalse();
            }
        }
        assertThat(withheld).isGreaterThan(1000);
        assertThat(sections.get("total").isNull()).isTrue();

        // every neighbourhood whose total is published: its withheld sections number 0 or >= 2 and hold >= 5
        Map<String, List<String>> sectionsOfNil = new HashMap<>();
        jdbc.query("""
                SELECT n.code, s.code FROM census_section s JOIN territorial_area n ON n.id = s.neighbourhood_id""",
                rs -> {
                    sectionsOfNil.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, Boolean> hiddenSection = new HashMap<>();
        sections.get("units").forEach(u -> hiddenSection.put(u.get("code").asString(), u.get("value").isNull()));
        JsonNode nils = demand("neighbourhood", foundation());
        int checked = 0;
        for (JsonNode nil : nils.get("units")) {
            List<String> members = sectionsOfNil.getOrDefault(nil.get("code").asString(), List.of());
            List<String> hidden = members.stream().filter(hiddenSection::get).toList();
            if (nil.get("value").isNull()) {
                continue;
            }
            assertThat(isSmall(nil.get("value").asDouble())).isFalse();
            assertThat(hidden.size()).as("withheld sections of NIL %s", nil.get("code")).isNotEqualTo(1);
            if (!hidden.isEmpty()) {
                double mass = hidden.stream().mapToDouble(raw::get).sum();
                assertThat(mass).isGreaterThanOrEqualTo(5);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void plannersSeeEveryFigure() throws Exception {
        JsonNode sections = demand("section", user("planner").roles("PLANNER"));
        Map<String, Double> raw = rawSectionValues();
        for (JsonNode unit : sections.get("units")) {
            assertThat(unit.get("value").asDouble())
                    .isCloseTo(raw.getOrDefault(unit.get("code").asString(), 0.0), org.assertj.core.data.Offset.offset(0.01));
        }
        assertThat(sections.get("total").isNull()).isFalse();
    }

    @Test
    void csvAndTilesWithholdTheSameCells() throws Exception {
        String csv = mvc.perform(get("/api/demand").param("target", RARE).param("format", "csv").with(foundation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String line : csv.split("\n")) {
            String[] fields = line.split(",", -1);
            if (!fields[4].isEmpty() && !fields[4].equals("value")) {
                assertThat(isSmall(Double.parseDouble(fields[4]))).as(line).isFalse();
            }
        }
        // a zoom-13 tile over the centre, as a foundation and as a planner
        String tile = "/tiles/sections/13/4305/2931.mvt";
        byte[] controlled = mvc.perform(get(tile).param("target", RARE).with(foundation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] exact = mvc.perform(get(tile).param("target", RARE).with(user("p").roles("PLANNER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(MvtSummary.featureCount(controlled)).isEqualTo(MvtSummary.featureCount(exact)).isGreaterThan(10);
        assertThat(MvtSummary.numericValues(controlled)).noneMatch(DisclosureInResponsesTest::isSmall);
        assertThat(MvtSummary.numericValues(exact)).anyMatch(DisclosureInResponsesTest::isSmall);
    }

    @Test
    void sectionDetailsWithholdSmallFigures() throws Exception {
        String code = jdbc.queryForObject("""
                SELECT s.code FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                WHERE t.code = ? AND d.value > 0 AND d.value < 5 AND d.period = (SELECT max(period) FROM demand)
                ORDER BY s.code LIMIT 1""", String.class, RARE);
        JsonNode rows = json.readTree(mvc.perform(get("/api/sections/" + code + "/demand").with(foundation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        boolean sawRare = false;
        for (JsonNode row : rows) {
            if (!row.get("value").isNull()) {
                assertThat(isSmall(row.get("value").asDouble())).as(row.get("target").asString()).isFalse();
            }
            sawRare |= row.get("target").asString().equals(RARE) && row.get("value").isNull();
        }
        assertThat(sawRare).isTrue();
    }

    private JsonNode demand(String level, RequestPostProcessor reader) throws Exception {
        return json.readTree(mvc.perform(get("/api/demand").param("target", RARE).param("level", level).with(reader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private Map<String, Double> rawSectionValues() {
        Map<String, Double> raw = new HashMap<>();
        jdbc.query("""
                SELECT s.code, d.value FROM demand d JOIN target t ON t.id = d.target_id
                JOIN census_section s ON s.id = d.section_id WHERE t.code = ? AND d.period = (SELECT max(period) FROM demand)""",
                rs -> {
                    raw.put(rs.getString(1), rs.getDouble(2));
                }, RARE);
        return raw;
    }

    private static RequestPostProcessor foundation() {
        return user("foundation").roles("FOUNDATION");
    }

    private static boolean isSmall(double value) {
        return value > 0 && value < 5;
    }
}
