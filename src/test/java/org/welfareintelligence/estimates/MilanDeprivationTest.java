package org.welfareintelligence.estimates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Milan's real 2011 census (../shared/data/milano): the deprivation index and the graded estimates per NIL. */
@AutoConfigureMockMvc
class MilanDeprivationTest extends PostgisTest {

    /** Milan's residents in the 2011 census, placeholder sections included. */
    private static final double MILAN_RESIDENTS = 1_242_123;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theIndexVariesAcrossNeighbourhoodsAndGradedTotalsDepartFromTheFlatRateMap() throws Exception {
        DatabaseCleaner.clean(jdbc);
        upload("areas", "nil2013.geojson", SharedData.bytes("nil2013.geojson"), "level", "nil");
        long started = System.nanoTime();
        upload("census", "istat2011_sections_milano.csv", SharedData.bytes("istat2011_sections_milano.csv"));
        System.out.printf("Milan census import with the deprivation index: %.1f s%n",
                (System.nanoTime() - started) / 1e9);
        upload("section-links", "section_to_nil2013.csv", SharedData.bytes("section_to_nil2013.csv"));

        // the city keeps the published rate × base exactly: 4.5 % of the residents
        assertThat(jdbc.queryForObject("""
                SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id
                WHERE t.code = 'P_ABSOLUTE_POVERTY'""", Double.class))
                .isCloseTo(0.045 * MILAN_RESIDENTS, within(1e-6));
        // every class holds about a fifth of the classified residents
        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT quintile, sum(residents) / (SELECT sum(residents) FROM section_deprivation WHERE quintile > 0)
                       AS share
                FROM section_deprivation WHERE quintile > 0 GROUP BY quintile""")) {
            assertThat(((Number) row.get("share")).doubleValue()).as("class " + row.get("quintile"))
                    .isCloseTo(0.2, within(0.01));
        }

        // the index per NIL (residents' mean score) spreads across the city
        List<Double> nilScores = jdbc.queryForList("""
                SELECT sum(d.score * d.residents) / sum(d.residents)
                FROM section_deprivation d JOIN census_section s ON s.id = d.section_id
                WHERE d.quintile > 0 AND s.neighbourhood_id IS NOT NULL
                GROUP BY s.neighbourhood_id HAVING sum(d.residents) > 1000 ORDER BY 1""", Double.class);
        double spread = nilScores.get(nilScores.size() - 1) - nilScores.get(0);
        System.out.printf("NIL mean deprivation score: %d NIL, from %.2f to %.2f%n", nilScores.size(),
                nilScores.get(0), nilScores.get(nilScores.size() - 1));
        assertThat(nilScores.size()).isGreaterThan(70);
        assertThat(spread).isGreaterThan(2);

        // graded NIL totals against the flat rate × the NIL's residents (what the issue complained of)
        JsonNode nil = json.readTree(mvc.perform(get("/api/demand").param("target", "P_ABSOLUTE_POVERTY")
                        .param("level", "neighbourhood").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (JsonNode unit : nil.get("units")) {
            double residents = unit.get("population").asDouble();
            double value = unit.get("value").asDouble();
            assertThat(unit.get("low").asDouble()).isLessThanOrEqualTo(value + 1e-9);
            assertThat(unit.get("high").asDouble()).isGreaterThanOrEqualTo(value - 1e-9);
            if (residents > 1000) {
                double ratio = value / (0.045 * residents);
                lowest = Math.min(lowest, ratio);
                highest = Math.max(highest, ratio);
            }
        }
        System.out.printf("P_ABSOLUTE_POVERTY per NIL over the flat rate: from %.2f to %.2f%n", lowest, highest);
        assertThat(lowest).isLessThan(0.8);
        assertThat(highest).isGreaterThan(1.25);
    }

    private void upload(String kind, String fileName, byte[] content, String... parameters) throws Exception {
        var request = multipart("/api/imports/" + kind)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        mvc.perform(request.with(httpBasic("admin", "admin"))).andExpect(status().isCreated());
    }
}
