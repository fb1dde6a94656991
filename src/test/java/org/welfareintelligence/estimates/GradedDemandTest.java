package org.welfareintelligence.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.hamcrest.Matchers;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A census of ten sections of 1,000 residents each, the same in every count but the deprivation indicators, which
 * rise from section 1 to section 10 (more low education, unemployment, renting, separations and crowding): the flat
 * rate would give every section the same figure.
 */
@AutoConfigureMockMvc
class GradedDemandTest extends PostgisTest {

    private static final int SECTIONS = 10;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void emptyDatabase() {
        DatabaseCleaner.clean(jdbc);
        // the city holds every section that no neighbourhood does
        jdbc.update("INSERT INTO territorial_area (level, code, name) VALUES ('CITY', '015146', 'Città')");
    }

    @Test
    void moreDeprivedSectionsGetHigherRatesAndTheCityKeepsThePublishedTotal() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());

        // P_ABSOLUTE_POVERTY is 4.5 % of the residents (P1): 450 in the city, 45 per section at the flat rate
        assertThat(demandTotal("P_ABSOLUTE_POVERTY")).isCloseTo(450, within(1e-6));
        List<Double> poverty = bySection("P_ABSOLUTE_POVERTY");
        for (int s = 1; s < SECTIONS; s++) {
            assertThat(poverty.get(s)).isGreaterThanOrEqualTo(poverty.get(s - 1));
        }
        assertThat(poverty.get(SECTIONS - 1) / poverty.get(0)).isCloseTo(2.20 / 0.45, within(1e-6));
        assertThat(jdbc.queryForList("SELECT quintile FROM section_deprivation ORDER BY section_id", Integer.class))
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        // a health target is graded less steeply; a target that is a census count is not graded at all
        List<Double> disabled = bySection("P_DISABLED");
        assertThat(disabled.get(SECTIONS - 1) / disabled.get(0)).isCloseTo(1.20 / 0.85, within(1e-6));
        assertThat(bySection("P_ELDERLY_75_PLUS")).containsOnly(bySection("P_ELDERLY_75_PLUS").get(0));

        JsonNode city = demand("P_ABSOLUTE_POVERTY", "city");
        assertThat(city.get("estimated").asBoolean()).isTrue();
        assertThat(city.get("graded").asBoolean()).isTrue();
        assertThat(city.get("total").asDouble()).isCloseTo(450, within(0.01));
        JsonNode census = demand("P_ELDERLY_75_PLUS", "city");
        assertThat(census.get("estimated").asBoolean()).isFalse();
        assertThat(census.get("graded").asBoolean()).isFalse();
        assertThat(census.get("units").get(0).get("low").isNull()).isTrue();
    }

    @Test
    void everyIntervalHoldsItsEstimateAndTheCityIntervalIsThePublishedTotal() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());

        JsonNode sections = demand("P_MINORS_AT_RISK", "section");
        for (JsonNode unit : sections.get("units")) {
            assertThat(unit.get("low").asDouble()).isLessThanOrEqualTo(unit.get("value").asDouble());
            assertThat(unit.get("high").asDouble()).isGreaterThanOrEqualTo(unit.get("value").asDouble());
        }
        JsonNode mostDeprived = sections.get("units").get(SECTIONS - 1);
        assertThat(mostDeprived.get("high").asDouble()).isGreaterThan(mostDeprived.get("value").asDouble());
        JsonNode city = demand("P_MINORS_AT_RISK", "city").get("units").get(0);
        assertThat(city.get("low").asDouble()).isCloseTo(city.get("value").asDouble(), within(0.01));
        assertThat(city.get("high").asDouble()).isCloseTo(city.get("value").asDouble(), within(0.01));

        mvc.perform(get("/api/demand").param("target", "P_MINORS_AT_RISK").param("level", "city").param("format", "csv")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("code,name,target,period,value,population,estimated,low,high")))
                .andExpect(content().string(Matchers.containsString(",true,")));
    }

    @Test
    void readersOfControlledFiguresSeeTheEstimateFlaggedButNoInterval() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());

        mvc.perform(get("/api/demand").param("target", "P_ABSOLUTE_POVERTY").param("level", "section")
                        .with(user("fiona").roles("FOUNDATION")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.estimated").value(true))
                .andExpect(jsonPath("$.units[0].low").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.units[0].high").value(Matchers.nullValue()));
    }

    @Test
    void reimportingPartOfTheCensusRegradesEverySectionOfThePeriod() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());
        List<Double> before = bySection("P_ABSOLUTE_POVERTY");
        // section 1, the least deprived, becomes the most deprived of all
        upload(census(1, true)).andExpect(status().isCreated());

        List<Double> after = bySection("P_ABSOLUTE_POVERTY");
        assertThat(after.get(0)).isGreaterThan(before.get(SECTIONS - 1) * 0.99);
        assertThat(after.get(2)).isLessThan(before.get(2));
        assertThat(demandTotal("P_ABSOLUTE_POVERTY")).isCloseTo(450, within(1e-6));
        assertThat(jdbc.queryForObject("SELECT quintile FROM section_deprivation ORDER BY section_id LIMIT 1",
                Integer.class)).isEqualTo(5);
    }

    @Test
    void contradictoryIndicatorsAreRefusedNamingRowAndColumnsAndNothingIsWritten() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());
        Map<String, Long> before = DatabaseCleaner.counts(jdbc);
        List<Double> poverty = bySection("P_ABSOLUTE_POVERTY");
        byte[] file = withValue(census(SECTIONS, false), 3, "A44", "-4000");

        upload(file).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.allOf(Matchers.containsString("row 3"),
                        Matchers.containsString("A44"))));

        assertThat(DatabaseCleaner.counts(jdbc)).isEqualTo(before);
        assertThat(bySection("P_ABSOLUTE_POVERTY")).isEqualTo(poverty);
    }

    @Test
    void unknownTargetsLevelsAndPeriodsAreRefusedByName() throws Exception {
        upload(census(SECTIONS, false)).andExpect(status().isCreated());

        mvc.perform(get("/api/demand").param("target", "P_NO_SUCH").with(httpBasic("admin", "admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("P_NO_SUCH")));
        mvc.perform(get("/api/demand").param("target", "P_ABSOLUTE_POVERTY").param("level", "galaxy")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("galaxy")));
        mvc.perform(get("/api/demand").param("target", "P_ABSOLUTE_POVERTY").param("period", "1999")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(Matchers.containsString("2011")));
    }

    @Test
    void aCensusWithoutTheIndicatorsKeepsTheFlatRateAndSaysWhy() throws Exception {
        MockMultipartFile mapping = new MockMultipartFile("mappingFile", "poverty.csv", "text/csv",
                "target_code;formula;source;method\nP_ABSOLUTE_POVERTY;0.045*P1;ESTIMATED;4.5 % of residents\n"
                        .getBytes(StandardCharsets.UTF_8));
        byte[] table = "SEZ2011;P1\n151460000001;1000\n151460000002;3000\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/imports/census").file(new MockMultipartFile("file", "small.csv", "text/csv", table))
                        .file(mapping).with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.warnings[0]").value(Matchers.containsString("deprivation index needs the columns")));

        assertThat(bySection("P_ABSOLUTE_POVERTY")).containsExactly(45.0, 135.0);
    }

    private ResultActions upload(byte[] census) throws Exception {
        return mvc.perform(multipart("/api/imports/census")
                .file(new MockMultipartFile("file", "census.csv", "text/csv", census))
                .with(httpBasic("admin", "admin")));
    }

    private ResultActions upload(String census) throws Exception {
        return upload(census.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode demand(String target, String level) throws Exception {
        return json.readTree(mvc.perform(get("/api/demand").param("target", target).param("level", level)
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private double demandTotal(String target) {
        return jdbc.queryForObject("""
                SELECT sum(value) FROM demand d JOIN target t ON t.id = d.target_id WHERE t.code = ?""",
                Double.class, target);
    }

    private List<Double> bySection(String target) {
        return jdbc.queryForList("""
                SELECT d.value FROM demand d JOIN target t ON t.id = d.target_id JOIN census_section s ON s.id = d.section_id
                WHERE t.code = ? ORDER BY s.code""", Double.class, target);
    }

    /**
     * Sections 1..{@code sections}, section k deprived in proportion to k; with {@code firstMostDeprived}, only
     * section 1, now more deprived than section 10.
     */
    static String census(int sections, boolean firstMostDeprived) {
        List<String> columns = istatColumns();
        StringBuilder out = new StringBuilder(String.join(";", columns)).append('\n');
        for (int k = 1; k <= sections; k++) {
            int d = firstMostDeprived ? 12 : k;
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String c : columns) {
                row.put(c, 0);
            }
            row.put("P1", 1000);
            row.put("P2", 500);
            row.put("P3", 500);
            for (int band = 14; band <= 29; band++) {
                row.put("P" + band, band < 29 ? 62 : 70);
            }
            row.put("P46", 900);
            row.put("P47", 300 - 20 * d);
            row.put("P48", 300);
            row.put("P49", 200);
            row.put("P50", 100 + 20 * d);
            row.put("P60", 500);
            row.put("P61", 490 - 8 * d);
            row.put("P5", 400);
            row.put("P6", 10 + 4 * d);
            row.put("P7", 50);
            row.put("P8", 10 + 4 * d);
            row.put("PF1", 400);
            row.put("PF2", 1000);
            row.put("A46", 100 + 20 * d);
            row.put("A47", 300 - 20 * d);
            row.put("A44", 40_000 - 2_000 * d);
            List<String> values = new ArrayList<>();
            for (String c : columns) {
                values.add(switch (c) {
                    case "SEZ2011" -> String.format("15146%07d", k);
                    case "NSEZ" -> Integer.toString(k);
                    case "CODREG", "REGIONE", "CODPRO", "PROVINCIA", "CODCOM", "COMUNE", "PROCOM", "ACE", "CODLOC",
                         "CODASC" -> "";
                    default -> Integer.toString(row.get(c));
                });
            }
            out.append(String.join(";", values)).append('\n');
        }
        return out.toString();
    }

    /** The census with one count of one data row (1-based) replaced. */
    private static byte[] withValue(String census, int row, String column, String value) {
        String[] lines = census.split("\n");
        int at = List.of(lines[0].split(";")).indexOf(column);
        String[] cells = lines[row].split(";", -1);
        cells[at] = value;
        lines[row] = String.join(";", cells);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> istatColumns() {
        try (InputStream in = new ClassPathResource("ingest/istat2011-columns.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
