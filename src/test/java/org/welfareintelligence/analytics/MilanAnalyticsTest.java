package org.welfareintelligence.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The real Milan 2011 census (sections placed on their census-area polygons, since ISTAT's section polygons are
 * not in the shared data) with the real state schools (capacity = pupils) and libraries as facilities.
 */
@AutoConfigureMockMvc
class MilanAnalyticsTest extends PostgisTest {

    private static final String TARGET = "P_SCHOOL_AGE_6_18";
    private static final String SCHOOLS = "AFTER_SCHOOL_SUPPORT";
    private static final String LIBRARIES = "ITALIAN_COURSES";
    private static final double CUTOFF = 1000;
    /**
     * Each section's point as the analytics place it (its census area, else its neighbourhood, when it has no
     * polygon) and the facilities of a service type, both in UTM 32N: the independent side of the checks.
     */
    private static final String PLACES = """
            WITH point AS (
                SELECT s.id, ST_Transform(coalesce(s.centroid, ST_PointOnSurface(a.geom), ST_PointOnSurface(n.geom)),
                                          32632) AS p
                FROM census_section s LEFT JOIN territorial_area a ON a.id = s.census_area_id
                LEFT JOIN territorial_area n ON n.id = s.neighbourhood_id WHERE NOT s.placeholder),
            centre AS (
                SELECT f.id, fs.capacity_places, ST_Transform(f.geom, 32632) AS g FROM facility f
                JOIN facility_service fs ON fs.facility_id = f.id JOIN service_type st ON st.id = fs.service_type_id
                WHERE st.code = ?),
            reached AS (
                SELECT point.id, point.p FROM point
                WHERE EXISTS (SELECT 1 FROM centre WHERE ST_DWithin(centre.g, point.p, ?)))
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void milanWithSchoolsAndLibraries() throws Exception {
        Integer loaded = jdbc.queryForObject("SELECT count(*) FROM census_section", Integer.class);
        Integer schools = jdbc.queryForObject("SELECT count(*) FROM facility WHERE code = 'MIEE8D001X'", Integer.class);
        if (loaded == 6017 && schools == 1) {
            return;
        }
        DatabaseCleaner.clean(jdbc);
        upload("areas", "ACE_maggio_2011.zip", SharedData.aceShapefileZip(true), "level", "census-area");
        upload("areas", "nil2013.geojson", SharedData.bytes("nil2013.geojson"), "level", "nil");
        upload("areas", "zones9_2013.geojson", SharedData.bytes("zones9_2013.geojson"), "level", "municipio");
        upload("census", "istat2011_sections_milano.csv", SharedData.bytes("istat2011_sections_milano.csv"));
        upload("section-links", "section_to_nil2013.csv", SharedData.bytes("section_to_nil2013.csv"));
        upload("facilities", "schools_2016.geojson", SharedData.bytes("schools_2016.geojson"),
                "codeField", "CODSCUOLA", "nameField", "DENOMINAZIONESCUOLA");
        upload("facilities", "libraries.geojson", SharedData.bytes("libraries.geojson"),
                "codeField", "codiceIsil", "nameField", "denominazioni.ufficiale");
        // what each facility offers: schools their pupils as places, libraries without a capacity
        StringBuilder services = new StringBuilder("facility_code;service_type;capacity_places\n");
        for (JsonNode feature : json.readTree(SharedData.bytes("schools_2016.geojson")).get("features")) {
            services.append(feature.get("properties").get("CODSCUOLA").asString()).append(';').append(SCHOOLS)
                    .append(';').append(feature.get("properties").get("ALUNNI").asInt()).append('\n');
        }
        for (JsonNode feature : json.readTree(SharedData.bytes("libraries.geojson")).get("features")) {
            services.append(feature.get("properties").get("codiceIsil").asString()).append(';').append(LIBRARIES)
                    .append(";\n");
        }
        upload("facility-services", "services.csv", services.toString().getBytes());
    }

    @Test
    void catchmentsCoverEverySectionWithASchoolInReachAndHoldItsDemand() throws Exception {
        String geoJson = read(get("/api/analytics/catchments").param("target", TARGET).param("serviceType", SCHOOLS)
                .param("cutoff", String.valueOf(CUTOFF)));
        // independently, in PostGIS: the sections within the cutoff of a school and their demand
        Map<String, Object> reachable = jdbc.queryForMap(PLACES + """
                SELECT count(*) AS sections, sum(coalesce(d.value, 0)) AS demand FROM reached r
                LEFT JOIN demand d ON d.section_id = r.id AND d.target_id = (SELECT id FROM target WHERE code = ?)""",
                SCHOOLS, CUTOFF, TARGET);
        double demandInCatchments = 0;
        int sectionsInCatchments = 0;
        JsonNode features = json.readTree(geoJson).get("features");
        for (JsonNode feature : features) {
            demandInCatchments += feature.get("properties").get("demand").asDouble();
            sectionsInCatchments += feature.get("properties").get("sections").asInt();
        }
        assertThat(sectionsInCatchments).isEqualTo(((Number) reachable.get("sections")).intValue()).isGreaterThan(5000);
        assertThat(demandInCatchments).isCloseTo(((Number) reachable.get("demand")).doubleValue(), within(1e-6));
        // the catchment outlines cover the place of every such section
        Integer uncovered = jdbc.queryForObject(PLACES + """
                , outline AS (SELECT ST_Union(ST_GeomFromGeoJSON(f->>'geometry')) AS geom
                              FROM json_array_elements(CAST(? AS json)->'features') f)
                SELECT count(*) FROM reached r, outline o WHERE NOT ST_DWithin(o.geom, ST_Transform(r.p, 4326), 0.00001)""",
                Integer.class, SCHOOLS, CUTOFF, geoJson);
        assertThat(uncovered).isZero();
    }

    @Test
    void twoStepFloatingCatchmentConservesThePupilPlaces() throws Exception {
        JsonNode layer = json.readTree(read(get("/api/analytics/accessibility").param("target", TARGET)
                .param("serviceType", SCHOOLS).param("method", "2sfca").param("cutoff", String.valueOf(CUTOFF))));
        double sharedOut = 0;
        for (JsonNode section : layer.get("sections")) {
            if (!section.get("value").isNull()) {
                sharedOut += section.get("value").asDouble() * section.get("demand").asDouble();
            }
        }
        // Σ P_i A_i = Σ S_j over the schools that some school-age child reaches within the cutoff
        Double reachedPlaces = jdbc.queryForObject(PLACES + """
                SELECT sum(c.capacity_places) FROM centre c WHERE EXISTS (SELECT 1 FROM point
                    JOIN demand d ON d.section_id = point.id AND d.value > 0
                        AND d.target_id = (SELECT id FROM target WHERE code = ?)
                    WHERE ST_DWithin(c.g, point.p, ?))""", Double.class, SCHOOLS, CUTOFF, TARGET, CUTOFF);
        assertThat(sharedOut).isCloseTo(reachedPlaces, within(reachedPlaces * 1e-9));
        assertThat(reachedPlaces).isGreaterThan(50_000);
    }

    @Test
    void equityFiguresAreInRangeAndTheilSplitsExactly() throws Exception {
        JsonNode equity = json.readTree(read(get("/api/analytics/equity").param("target", TARGET)
                .param("serviceType", SCHOOLS).param("method", "e2sfca-gaussian").param("cutoff", "1500")
                .param("groupBy", "municipio")));
        assertThat(equity.get("gini").asDouble()).isBetween(0.05, 0.9);
        assertThat(equity.get("coefficientOfVariation").asDouble()).isPositive();
        // Palma = share of the best-served 10 % / share of the worst-served 40 %: 0.25 when everyone has the same
        assertThat(equity.get("palma").asDouble()).isGreaterThan(0.25);
        JsonNode theil = equity.get("theil");
        assertThat(theil.get("between").asDouble() + theil.get("within").asDouble())
                .isCloseTo(theil.get("total").asDouble(), within(1e-9));
        assertThat(theil.get("between").asDouble()).isBetween(0.0, theil.get("total").asDouble());
        JsonNode lorenz = equity.get("lorenz");
        JsonNode last = lorenz.get(lorenz.size() - 1);
        assertThat(last.get(0).asDouble()).isCloseTo(1.0, within(1e-9));
        assertThat(last.get(1).asDouble()).isCloseTo(1.0, within(1e-9));
        for (int p = 1; p < lorenz.size(); p++) {
            assertThat(lorenz.get(p).get(1).asDouble()).isGreaterThanOrEqualTo(lorenz.get(p - 1).get(1).asDouble());
            // below the line of equality
            assertThat(lorenz.get(p).get(1).asDouble()).isLessThanOrEqualTo(lorenz.get(p).get(0).asDouble() + 1e-9);
        }
    }

    @Test
    void foreignResidentsConcentrateInTheSouthEastNotInTheCentre() throws Exception {
        JsonNode report = json.readTree(read(get("/api/analytics/concentration").param("target", "P_FOREIGN_RESIDENTS")
                .param("level", "neighbourhood").param("variable", "rate").param("permutations", "999")));
        Map<String, Integer> hotCold = new HashMap<>();
        for (JsonNode unit : report.get("units")) {
            hotCold.put(unit.get("name").asString(), unit.get("hotCold").asInt());
        }
        assertThat(hotCold).hasSize(88);
        // Corvetto and Rogoredo, the south-eastern public-housing districts, versus the historic centre
        assertThat(hotCold.get("LODI - CORVETTO")).isGreaterThanOrEqualTo(2);
        assertThat(hotCold.get("ROGOREDO")).isGreaterThanOrEqualTo(2);
        assertThat(hotCold.get("DUOMO")).isLessThanOrEqualTo(-2);
        assertThat(hotCold.get("BRERA")).isLessThanOrEqualTo(0);
    }

    @Test
    void everySectionIsWithinReachOfALibraryAndNearestIsAtMostTheSecondNearest() throws Exception {
        JsonNode nearest = json.readTree(read(get("/api/analytics/accessibility").param("target", "P_RESIDENTS")
                .param("serviceType", LIBRARIES).param("method", "nearest").param("cutoff", "10000")));
        JsonNode second = json.readTree(read(get("/api/analytics/accessibility").param("target", "P_RESIDENTS")
                .param("serviceType", LIBRARIES).param("method", "nth-nearest").param("n", "2").param("cutoff", "10000")));
        assertThat(nearest.get("sectionsWithoutValue").asInt()).isZero();
        Double farthest = jdbc.queryForObject(PLACES + """
                SELECT max((SELECT min(ST_Distance(c.g, point.p)) FROM centre c)) FROM point""",
                Double.class, LIBRARIES, 0.0);
        double max = 0;
        for (int i = 0; i < nearest.get("sections").size(); i++) {
            double first = nearest.get("sections").get(i).get("value").asDouble();
            max = Math.max(max, first);
            assertThat(second.get("sections").get(i).get("value").asDouble()).isGreaterThanOrEqualTo(first);
        }
        assertThat(max).isCloseTo(farthest, within(0.01));
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic("admin", "admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
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
