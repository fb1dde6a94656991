package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The stateless raw endpoint on the shared accessibility test city (1,000 demand points, 300 facilities):
 * values for hand-picked demand ids must equal a computation written here from cost.csv alone, to 12
 * significant digits, and points with no facility within the cutoff must come back as null.
 */
@AutoConfigureMockMvc
class RawAccessibilityTest extends PostgisTest {

    private static final String SET = "accessibility-city";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void twoStepAndEnhancedTwoStepMatchAnIndependentComputation() throws Exception {
        Map<String, Double> demand = values("demand.csv");
        Map<String, Double> supply = values("supply.csv");
        List<String[]> costs = rows("cost.csv");
        double cutoff = 1500;
        // 2SFCA: R_j = S_j / Σ_{k: d_kj <= d0} P_k ; A_i = Σ_{j: d_ij <= d0} R_j
        Map<String, Double> twoStep = floatingCatchment(demand, supply, costs, d -> d <= cutoff ? 1.0 : 0.0);
        // E2SFCA Gaussian: W(d) = exp(-(d/1000)^2 / 2) inside the cutoff
        Map<String, Double> gaussian = floatingCatchment(demand, supply, costs,
                d -> d <= cutoff ? Math.exp(-Math.pow(d / 1000, 2) / 2) : 0.0);
        List<String> reachable = List.of("0", "1", "999");
        String unreachable = demand.keySet().stream().filter(id -> !twoStep.containsKey(id)).sorted().findFirst()
                .orElseThrow();

        JsonNode twoStepAnswer = post("2sfca", cutoff, null);
        JsonNode gaussianAnswer = post("e2sfca-gaussian", cutoff, 1000.0);
        assertThat(twoStepAnswer.size()).isEqualTo(1000);
        for (String id : reachable) {
            assertThat(twoStep).containsKey(id);
            assertSameTo12Digits(valueOf(twoStepAnswer, id), twoStep.get(id));
            assertSameTo12Digits(valueOf(gaussianAnswer, id), gaussian.get(id));
        }
        assertThat(entry(twoStepAnswer, unreachable).get("value").isNull()).isTrue();
        assertThat(entry(gaussianAnswer, unreachable).get("value").isNull()).isTrue();

        // supply is conserved: Σ P_i A_i over reachable points = Σ S_j over facilities someone reaches
        double served = 0;
        for (JsonNode entry : twoStepAnswer) {
            if (!entry.get("value").isNull()) {
                served += entry.get("value").asDouble() * demand.get(entry.get("id").asString());
            }
        }
        double reached = costs.stream().filter(c -> Double.parseDouble(c[2]) <= cutoff).map(c -> c[1]).distinct()
                .mapToDouble(supply::get).sum();
        assertThat(served).isCloseTo(reached, org.assertj.core.data.Offset.offset(1e-9 * reached));
    }

    @Test
    void stepWeightsAndCsvOutput() throws Exception {
        Map<String, Double> demand = values("demand.csv");
        Map<String, Double> supply = values("supply.csv");
        Map<String, Double> step = floatingCatchment(demand, supply, rows("cost.csv"),
                d -> d <= 1000 ? 1.0 : d <= 2000 ? 0.68 : d <= 3000 ? 0.22 : 0.0);
        String csv = upload("e2sfca-step", 3000, null, "1000:1,2000:0.68,3000:0.22", "csv")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, String> lines = new HashMap<>();
        for (String line : csv.split("\n")) {
            String[] cells = line.split(",", -1);
            lines.put(cells[0], cells[1]);
        }
        assertThat(lines.get("id")).isEqualTo("value");
        for (String id : List.of("5", "250", "999")) {
            assertSameTo12Digits(Double.parseDouble(lines.get(id)), step.get(id));
        }
    }

    @Test
    void ratioIsSupplyOverDemandWithinTheCatchmentOfEachPoint() throws Exception {
        Map<String, Double> demand = values("demand.csv");
        Map<String, Double> supply = values("supply.csv");
        Map<String, double[]> xy = new HashMap<>();
        for (String[] row : rows("demand_xy.csv")) {
            xy.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        double cutoff = 2000;
        var request = multipart("/api/analytics/accessibility/raw")
                .file(file("demand", "demand.csv")).file(file("supply", "supply.csv")).file(file("cost", "cost.csv"))
                .file(file("demandXy", "demand_xy.csv"));
        JsonNode answer = json.readTree(mvc.perform(request.param("method", "ratio").param("cutoff", "2000")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (String id : List.of("3", "42", "777")) {
            // Σ S_j over d_ij <= 2000 / Σ P_k over demand points k within 2000 m of i (i itself included)
            double places = rows("cost.csv").stream().filter(c -> c[0].equals(id) && Double.parseDouble(c[2]) <= cutoff)
                    .mapToDouble(c -> supply.get(c[1])).sum();
            double people = 0;
            for (Map.Entry<String, double[]> other : xy.entrySet()) {
                double dx = other.getValue()[0] - xy.get(id)[0];
                double dy = other.getValue()[1] - xy.get(id)[1];
                if (Math.sqrt(dx * dx + dy * dy) <= cutoff) {
                    people += demand.get(other.getKey());
                }
            }
            assertThat(places).isPositive();
            assertSameTo12Digits(valueOf(answer, id), places / people);
        }
    }

    @Test
    void malformedCostFileIsRefusedWithFileRowAndField() throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/analytics/accessibility/raw")
                .file(file("demand", "demand.csv"))
                .file(file("supply", "supply.csv"))
                .file(new MockMultipartFile("cost", "cost.csv", "text/csv",
                        "origin,dest,cost\n0,0,12.5\n0,1,far\n".getBytes()));
        mvc.perform(request.param("method", "2sfca").param("cutoff", "3000").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("cost.csv, row 3, field cost: \"far\" is not a number"));
        MockMultipartHttpServletRequestBuilder negative = multipart("/api/analytics/accessibility/raw")
                .file(file("demand", "demand.csv"))
                .file(file("supply", "supply.csv"))
                .file(new MockMultipartFile("cost", "cost.csv", "text/csv", "origin,dest,cost\n0,7,-3\n".getBytes()));
        mvc.perform(negative.param("method", "2sfca").param("cutoff", "3000").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("cost.csv, row 2, field cost: \"-3\" must not be negative"));
    }

    private JsonNode post(String method, double cutoff, Double bandwidth) throws Exception {
        String body = upload(method, cutoff, bandwidth, null, "json").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private org.springframework.test.web.servlet.ResultActions upload(String method, double cutoff, Double bandwidth,
                                                                      String steps, String format) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/analytics/accessibility/raw")
                .file(file("demand", "demand.csv"))
                .file(file("supply", "supply.csv"))
                .file(file("cost", "cost.csv"));
        request.param("method", method).param("cutoff", String.valueOf(cutoff)).param("format", format);
        if (bandwidth != null) {
            request.param("bandwidth", String.valueOf(bandwidth));
        }
        if (steps != null) {
            request.param("steps", steps);
        }
        return mvc.perform(request.with(httpBasic("admin", "admin")));
    }

    private static MockMultipartFile file(String part, String name) throws IOException {
        return new MockMultipartFile(part, name, "text/csv", Files.readAllBytes(SharedData.benchmark(SET, name)));
    }

    private static Map<String, Double> floatingCatchment(Map<String, Double> demand, Map<String, Double> supply,
                                                         List<String[]> costs,
                                                         java.util.function.DoubleUnaryOperator weight) {
        Map<String, Double> weightedDemand = new HashMap<>();
        for (String[] c : costs) {
            double w = weight.applyAsDouble(Double.parseDouble(c[2]));
            if (w > 0) {
                weightedDemand.merge(c[1], demand.get(c[0]) * w, Double::sum);
            }
        }
        Map<String, Double> access = new HashMap<>();
        for (String[] c : costs) {
            double w = weight.applyAsDouble(Double.parseDouble(c[2]));
            if (w > 0) {
                access.merge(c[0], supply.get(c[1]) / weightedDemand.get(c[1]) * w, Double::sum);
            }
        }
        return access;
    }

    private static void assertSameTo12Digits(double actual, double expected) {
        assertThat(Math.abs(actual - expected)).as("%s vs %s", actual, expected)
                .isLessThanOrEqualTo(Math.abs(expected) * 1e-12);
    }

    private static double valueOf(JsonNode answer, String id) {
        return entry(answer, id).get("value").asDouble();
    }

    private static JsonNode entry(JsonNode answer, String id) {
        for (JsonNode entry : answer) {
            if (entry.get("id").asString().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for id " + id);
    }

    private static Map<String, Double> values(String file) throws IOException {
        Map<String, Double> values = new HashMap<>();
        for (String[] row : rows(file)) {
            values.put(row[0], Double.parseDouble(row[1]));
        }
        return values;
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(SharedData.benchmark(SET, file));
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    }
}
