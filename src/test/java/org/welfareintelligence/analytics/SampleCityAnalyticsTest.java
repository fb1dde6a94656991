package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Elderly people living alone and home care on the synthetic sample city: catchments, overlaps, under-served
 * neighbourhoods against a norm, hot spots, the priority list and the exports, checked against figures
 * PostGIS computes independently of the analytics code.
 */
class SampleCityAnalyticsTest extends SampleCityApiTest {

    private static final String TARGET = "P_ELDERLY_ALONE";
    private static final String SERVICE = "HOME_CARE";
    private static final double CUTOFF = 1500;

    @Autowired
    ObjectMapper json;

    @Test
    void catchmentsHoldTheDemandOfEverySectionWithACentreInReach() throws Exception {
        JsonNode layer = read(get("/api/analytics/catchments").param("target", TARGET).param("serviceType", SERVICE)
                .param("cutoff", String.valueOf(CUTOFF)));
        assertThat(layer.get("type").asString()).isEqualTo("FeatureCollection");
        double demandInCatchments = 0;
        int sectionsInCatchments = 0;
        for (JsonNode feature : layer.get("features")) {
            assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            JsonNode p = feature.get("properties");
            demandInCatchments += p.get("demand").asDouble();
            sectionsInCatchments += p.get("sections").asInt();
            if (p.get("capacity").asDouble() > 0) {
                assertThat(p.get("load").asDouble()).isCloseTo(p.get("demand").asDouble() / p.get("capacity").asDouble(),
                        within(1e-9));
            }
        }
        // independently: sections whose centroid lies within the cutoff of an open home-care centre (UTM 32N)
        Object[] reachable = jdbc.queryForObject("""
                SELECT count(*), coalesce(sum(d.value), 0) FROM census_section s
                LEFT JOIN demand d ON d.section_id = s.id AND d.target_id = (SELECT id FROM target WHERE code = ?)
                    AND d.period = (SELECT max(period) FROM demand)
                WHERE NOT s.placeholder AND EXISTS (
                    SELECT 1 FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                    JOIN service_type st ON st.id = fs.service_type_id
                    WHERE st.code = ? AND f.status = 'OPEN'
                      AND ST_Distance(ST_Transform(f.geom, 32632), ST_Transform(s.centroid, 32632)) <= ?)""",
                (rs, i) -> new Object[] {rs.getInt(1), rs.getDouble(2)}, TARGET, SERVICE, CUTOFF);
        assertThat(sectionsInCatchments).isEqualTo((Integer) reachable[0]);
        assertThat(demandInCatchments).isCloseTo((Double) reachable[1], within(1e-6));
        assertThat(sectionsInCatchments).isGreaterThan(1000);
    }

    @Test
    void overlapsListPairsAndTheLayerOfSectionsReachedTwice() throws Exception {
        JsonNode pairs = read(get("/api/analytics/overlaps").param("target", TARGET).param("serviceType", SERVICE)
                .param("cutoff", String.valueOf(CUTOFF)).param("format", "json"));
        assertThat(pairs.size()).isGreaterThan(10);
        for (JsonNode pair : pairs) {
            assertThat(pair.get("facilityA").asString()).isLessThan(pair.get("facilityB").asString());
            assertThat(pair.get("sharedSections").asInt()).isPositive();
        }
        JsonNode layer = read(get("/api/analytics/overlaps").param("target", TARGET).param("serviceType", SERVICE)
                .param("cutoff", String.valueOf(CUTOFF)));
        int overlapSections = 0;
        for (JsonNode feature : layer.get("features")) {
            assertThat(feature.get("properties").get("minCentres").asInt()).isBetween(2, 5);
            overlapSections += feature.get("properties").get("sections").asInt();
        }
        Integer expected = jdbc.queryForObject("""
                SELECT count(*) FROM census_section s WHERE NOT s.placeholder AND (
                    SELECT count(*) FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                    JOIN service_type st ON st.id = fs.service_type_id
                    WHERE st.code = ? AND f.status = 'OPEN'
                      AND ST_Distance(ST_Transform(f.geom, 32632), ST_Transform(s.centroid, 32632)) <= ?) >= 2""",
                Integer.class, SERVICE, CUTOFF);
        assertThat(overlapSections).isEqualTo(expected).isPositive();
    }

    @Test
    void underServedNeighbourhoodsAgainstANormWithStaffGaps() throws Exception {
        JsonNode report = read(get("/api/analytics/gaps").param("target", TARGET).param("serviceType", SERVICE)
                .param("level", "neighbourhood").param("benchmark", "norm").param("norm", "60")
                .param("cutoff", String.valueOf(CUTOFF)));
        double staffPerPlace = report.get("staffPerPlace").asDouble();
        assertThat(staffPerPlace).isPositive();
        Set<String> statuses = new HashSet<>();
        for (JsonNode unit : report.get("units")) {
            statuses.add(unit.get("status").asString());
            double demand = unit.get("demand").asDouble();
            double expectedGap = demand * 60 / 1000 - unit.get("places").asDouble();
            if (!unit.get("status").asString().equals("NO_DEMAND")) {
                assertThat(unit.get("gapPlaces").asDouble()).isCloseTo(expectedGap, within(0.02));
                assertThat(unit.get("gapStaff").asDouble()).isCloseTo(expectedGap * staffPerPlace, within(0.05));
            }
            if (unit.get("status").asString().equals("UNDER")) {
                assertThat(unit.get("placesPerThousand").asDouble()).isLessThan(60 * 0.9);
            }
        }
        assertThat(statuses).contains("UNDER");
        // the places shared out by 2SFCA add up to the capacity of the centres anyone reaches
        double places = 0;
        for (JsonNode unit : report.get("units")) {
            places += unit.get("places").asDouble();
        }
        assertThat(places).isLessThanOrEqualTo(jdbc.queryForObject("""
                SELECT sum(capacity_places) FROM facility_service fs JOIN service_type st ON st.id = fs.service_type_id
                JOIN facility f ON f.id = fs.facility_id WHERE st.code = ? AND f.status = 'OPEN'""", Double.class, SERVICE)
                + 1).isPositive();
    }

    @Test
    void peerBenchmarkIsThePooledRateOfFiveDemographicallySimilarNeighbourhoods() throws Exception {
        JsonNode report = read(get("/api/analytics/gaps").param("target", TARGET).param("serviceType", SERVICE)
                .param("level", "neighbourhood").param("benchmark", "peers").param("peers", "5")
                .param("cutoff", String.valueOf(CUTOFF)));
        java.util.Map<String, JsonNode> byCode = new java.util.HashMap<>();
        report.get("units").forEach(u -> byCode.put(u.get("code").asString(), u));
        for (JsonNode unit : report.get("units")) {
            JsonNode peers = unit.get("peers");
            assertThat(peers.size()).isEqualTo(5);
            double places = 0;
            double people = 0;
            for (JsonNode peer : peers) {
                assertThat(peer.asString()).isNotEqualTo(unit.get("code").asString());
                places += byCode.get(peer.asString()).get("places").asDouble();
                people += byCode.get(peer.asString()).get("demand").asDouble();
            }
            // places are rounded to 0.01 in the answer
            assertThat(unit.get("benchmark").asDouble()).isCloseTo(places / people * 1000, within(0.01));
        }
    }

    @Test
    void hotSpotsOfElderlyLivingAloneWithQueenContiguity() throws Exception {
        JsonNode report = read(get("/api/analytics/concentration").param("target", TARGET).param("level", "section")
                .param("variable", "rate").param("permutations", "99"));
        int hot = 0;
        int cold = 0;
        for (JsonNode unit : report.get("units")) {
            int hotCold = unit.get("hotCold").asInt();
            hot += hotCold > 0 ? 1 : 0;
            cold += hotCold < 0 ? 1 : 0;
            if (hotCold > 0) {
                assertThat(unit.get("giZ").asDouble()).isPositive();
            }
        }
        assertThat(hot).isPositive();
        assertThat(cold).isPositive();
        assertThat(report.get("permutations").asInt()).isEqualTo(99);
    }

    @Test
    void priorityListExplainsItselfAndExportsAsCsv() throws Exception {
        JsonNode report = read(get("/api/analytics/priorities")
                .param("targets", "P_ELDERLY_ALONE,P_ELDERLY_NON_SELF_SUFFICIENT").param("weights", "2,1")
                .param("level", "neighbourhood"));
        JsonNode ranking = report.get("ranking");
        assertThat(ranking.size()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD'", Integer.class));
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode entry : ranking) {
            double sum = 0;
            for (JsonNode c : entry.get("contributions")) {
                sum += c.get("contribution").asDouble();
            }
            assertThat(sum).isCloseTo(entry.get("score").asDouble(), within(1e-9));
            assertThat(entry.get("score").asDouble()).isLessThanOrEqualTo(previous);
            previous = entry.get("score").asDouble();
        }
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);

        String csv = mvc.perform(get("/api/analytics/priorities").param("targets", "P_ELDERLY_ALONE,P_ELDERLY_NON_SELF_SUFFICIENT")
                        .param("weights", "2,1").param("format", "csv").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\"rank\",\"code\",\"name\",\"score\",\"P_ELDERLY_ALONE contribution\","
                + "\"P_ELDERLY_NON_SELF_SUFFICIENT contribution\"");
        assertThat(lines).hasSize(ranking.size() + 1);
        assertThat(lines.get(1)).startsWith("1,\"" + ranking.get(0).get("code").asString() + "\"");
    }

    @Test
    void districtComparisonOpensAsAWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/analytics/comparison").param("level", "municipio").param("districts", "1,5,9")
                        .param("targets", "P_ELDERLY_ALONE,P_ELDERLY_75_PLUS").param("serviceType", SERVICE)
                        .param("cutoff", String.valueOf(CUTOFF)).param("format", "xlsx").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"comparison.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("comparison");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(4);
            List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
            assertThat(header).containsExactly("rank", "code", "name", "residents", "P_ELDERLY_ALONE",
                    "P_ELDERLY_75_PLUS", "facilities", "places_located", "places_reachable", "places_per_1000",
                    "city_rate", "status", "gap_places", "gap_staff");
            Set<String> codes = new HashSet<>();
            for (int r = 1; r < rows.size(); r++) {
                assertThat(rows.get(r).getCellAsNumber(0).orElseThrow().intValue()).isEqualTo(r);
                codes.add(rows.get(r).getCellText(1));
                String code = rows.get(r).getCellText(1);
                double residents = rows.get(r).getCellAsNumber(3).orElseThrow().doubleValue();
                assertThat(residents).isEqualTo(jdbc.queryForObject(
                        "SELECT population FROM territorial_area WHERE level = 'MUNICIPIO' AND code = ?",
                        Double.class, code));
            }
            assertThat(codes).containsExactlyInAnyOrder("1", "5", "9");
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly("comparison", "trends");
        }
    }

    @Test
    void accessibilityAndHotSpotsAsGeoJsonCarryTheValuesOnTheSectionOutlines() throws Exception {
        JsonNode access = read(get("/api/analytics/accessibility").param("target", TARGET).param("serviceType", SERVICE)
                .param("method", "e2sfca-gaussian").param("cutoff", String.valueOf(CUTOFF)).param("format", "geojson"));
        JsonNode table = read(get("/api/analytics/accessibility").param("target", TARGET).param("serviceType", SERVICE)
                .param("method", "e2sfca-gaussian").param("cutoff", String.valueOf(CUTOFF)));
        assertThat(access.get("features").size()).isEqualTo(table.get("sections").size()).isEqualTo(6000);
        for (int i = 0; i < 6000; i += 997) {
            JsonNode feature = access.get("features").get(i);
            JsonNode section = table.get("sections").get(i);
            assertThat(feature.get("id").asString()).isEqualTo(section.get("code").asString());
            assertThat(feature.get("properties").get("value").isNull()).isEqualTo(section.get("value").isNull());
            if (!section.get("value").isNull()) {
                assertThat(feature.get("properties").get("value").asDouble()).isEqualTo(section.get("value").asDouble());
            }
            assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        }
        JsonNode hot = read(get("/api/analytics/concentration").param("target", TARGET).param("level", "neighbourhood")
                .param("format", "geojson"));
        assertThat(hot.get("features").size()).isEqualTo(jdbc.queryForObject(
                "SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD'", Integer.class));
        assertThat(hot.get("features").get(0).get("properties").get("hotCold").asInt()).isBetween(-3, 3);
    }

    @Test
    void comparisonShowsTheTrendWhenSeveralPeriodsExist() throws Exception {
        // a period after the sample's 2011, 2016 and 2021 with 10 % more elderly people living alone than 2021
        jdbc.update("""
                INSERT INTO demand (target_id, period, section_id, value, source, batch_id)
                SELECT target_id, '2031', section_id, value * 1.1, source, batch_id FROM demand
                WHERE target_id = (SELECT id FROM target WHERE code = ?) AND period = '2021'""", TARGET);
        try {
            JsonNode report = read(get("/api/analytics/comparison").param("level", "municipio")
                    .param("districts", "2,3").param("targets", TARGET).param("serviceType", SERVICE)
                    .param("cutoff", String.valueOf(CUTOFF)));
            assertThat(report.get("districts").size()).isEqualTo(2);
            for (JsonNode district : report.get("districts")) {
                JsonNode demand = district.get("demand").get(0);
                JsonNode trend = demand.get("trend");
                assertThat(trend.size()).isEqualTo(4);
                assertThat(trend.get(0).get("period").asString()).isEqualTo("2011");
                assertThat(trend.get(1).get("period").asString()).isEqualTo("2016");
                assertThat(trend.get(2).get("period").asString()).isEqualTo("2021");
                assertThat(trend.get(3).get("period").asString()).isEqualTo("2031");
                assertThat(trend.get(3).get("demand").asDouble())
                        .isCloseTo(trend.get(2).get("demand").asDouble() * 1.1, within(1e-6));
                assertThat(demand.get("demand").asDouble()).isEqualTo(trend.get(3).get("demand").asDouble());
            }
        } finally {
            jdbc.update("DELETE FROM demand WHERE period = '2031'");
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
