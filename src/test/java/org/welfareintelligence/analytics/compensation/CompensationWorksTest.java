package org.welfareintelligence.analytics.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SmallCity;
import org.welfareintelligence.support.SmallCityApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Compensation works on the small city (section centroids at x = 250, 750 and 1,500 m; elderly 75+ 30 / 20 / 100,
 * disabled 10 / 10 / 100), with {@link SmallCity#centres}: elderly day centres FA (x 200) 10 places and
 * 2 staff, FB (x 800) 20, FC (x 1,600) 40, FD (1,000, 900) none: the city has 150 elderly over 70 places; home care
 * FA 5, FC 60 for both targets (270 people over 65 places, no staff reported: the social-care default 0.4 per
 * place); a disability day centre at FA, 30 places and 6 staff, for 120 disabled people (4 per place).
 * <p>A site at (300, 500) with a radius of 600 m reaches S1 and S2 (500 residents) and FA and FB. Home care: 70
 * people deserve 70 × 65 / 270 = 16.85 places, 5 in reach: 11.85 missing (70 % of the norm), 11 to fund, 4.4 staff.
 * Elderly day centres: 50 deserve 23.3, 30 in reach: a surplus of 6.67 (−29 %). Disability: 20 deserve 5, 30 in
 * reach (−500 %).
 * <p>A square site of 100 m around (1,500, 500) with 350 m reaches S3 and FC. Disability: 100 deserve 25, none in
 * reach: all of the norm missing, 25 to fund at the city's 6 / 30 staff per place: 5. Elderly: 100 deserve 46.7,
 * 40 in reach: 6 to fund (14 %) at FA's 0.2 staff per place: 1.2. Home care: 200 deserve 48.1, 60 in reach.
 */
class CompensationWorksTest extends SmallCityApiTest {

    private double lon;
    private double lat;

    @BeforeEach
    void facilities() {
        SmallCity.centres(jdbc);
        Map<String, Object> point = jdbc.queryForMap("""
                SELECT ST_X(p) AS lon, ST_Y(p) AS lat
                FROM ST_Transform(ST_SetSRID(ST_MakePoint(514300, 5034500), 32632), 4326) p""");
        lon = ((Number) point.get("lon")).doubleValue();
        lat = ((Number) point.get("lat")).doubleValue();
    }

    @Test
    void aPointSiteRanksTheServicesItsCatchmentLacksMost() throws Exception {
        JsonNode report = okJson(atPoint().param("radius", "600"));
        assertThat(report.get("sections").asInt()).isEqualTo(2);
        assertThat(report.get("residents").asDouble()).isEqualTo(500);
        JsonNode services = report.get("services");
        assertThat(texts(services, "serviceType")).containsExactly("HOME_CARE", "ELDERLY_DAY_CENTRE",
                "DISABILITY_DAY_CENTRE");
        JsonNode home = services.get(0);
        assertThat(home.get("rank").asInt()).isEqualTo(1);
        assertThat(home.get("people").asDouble()).isEqualTo(70);
        assertThat(numbers(home.get("byTarget"), "people")).containsExactly(50.0, 20.0);
        assertThat(home.get("facilitiesInReach").asInt()).isEqualTo(1);
        assertThat(home.get("placesInReach").asDouble()).isEqualTo(5);
        assertThat(home.get("expectedPlaces").asDouble()).isCloseTo(70 * 65.0 / 270, within(1e-9));
        assertThat(home.get("missingPlaces").asDouble()).isCloseTo(70 * 65.0 / 270 - 5, within(1e-9));
        assertThat(home.get("missingShare").asDouble()).isCloseTo(1 - 5 / (70 * 65.0 / 270), within(1e-9));
        assertThat(home.get("fundablePlaces").asInt()).isEqualTo(11);
        assertThat(home.get("staffBasis").asString()).isEqualTo("category default");
        assertThat(home.get("fundableStaff").asDouble()).isCloseTo(4.4, within(1e-9));
        JsonNode elderly = services.get(1);
        assertThat(elderly.get("placesInReach").asDouble()).isEqualTo(30);
        assertThat(elderly.get("facilitiesInReach").asInt()).isEqualTo(2);
        assertThat(elderly.get("missingPlaces").asDouble()).isCloseTo(50 * 7.0 / 15 - 30, within(1e-9));
        assertThat(elderly.get("fundablePlaces").asInt()).isZero();
        assertThat(services.get(2).get("missingShare").asDouble()).isCloseTo(-5, within(1e-9));
        assertThat(report.get("fundablePlaces").asInt()).isEqualTo(11);
        assertThat(report.get("fundableStaff").asDouble()).isCloseTo(4.4, within(1e-9));
        // the services asked for, only
        JsonNode two = okJson(atPoint().param("radius", "600").param("serviceTypes", "elderly_day_centre,HOME_CARE"));
        assertThat(texts(two.get("services"), "serviceType")).containsExactly("HOME_CARE", "ELDERLY_DAY_CENTRE");
    }

    @Test
    void aDrawnSiteIsMeasuredFromItsEdge() throws Exception {
        String square = jdbc.queryForObject("""
                SELECT ST_AsGeoJSON(ST_Transform(ST_MakeEnvelope(515450, 5034450, 515550, 5034550, 32632), 4326))""",
                String.class);
        JsonNode report = okJson(post("/api/analytics/compensation").with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ex scalo\",\"radius\":350,\"site\":" + square + "}"));
        assertThat(report.get("siteName").asString()).isEqualTo("Ex scalo");
        assertThat(report.get("siteType").asString()).isEqualTo("POLYGON");
        assertThat(report.get("sections").asInt()).isEqualTo(1);
        JsonNode services = report.get("services");
        assertThat(texts(services, "serviceType")).containsExactly("DISABILITY_DAY_CENTRE", "ELDERLY_DAY_CENTRE",
                "HOME_CARE");
        assertThat(numbers(services, "fundablePlaces")).containsExactly(25.0, 6.0, 0.0);
        assertThat(services.get(0).get("missingShare").asDouble()).isEqualTo(1);
        assertThat(services.get(0).get("staffBasis").asString()).isEqualTo("city");
        assertThat(services.get(0).get("fundableStaff").asDouble()).isCloseTo(5, within(1e-9));
        assertThat(services.get(1).get("fundableStaff").asDouble()).isCloseTo(1.2, within(1e-9));
        assertThat(services.get(2).get("placesInReach").asDouble()).isEqualTo(60);
        assertThat(report.get("fundablePlaces").asInt()).isEqualTo(31);
    }

    @Test
    void theReportIsOnePageAndItsPdfAndTheFiguresAsCsv() throws Exception {
        String page = ok(get("/compensation").param("lon", Double.toString(lon)).param("lat", Double.toString(lat))
                .param("radius", "600").param("name", "Via Uno 5")).getContentAsString();
        assertThat(page).contains("Compensation works: Via Uno 5", "Home care", "catchment within 600 m: 2 census sections",
                "format=pdf");
        String italian = answer(get("/compensation").param("lon", Double.toString(lon))
                .param("lat", Double.toString(lat)).param("radius", "600").header("Accept-Language", "it"), 200)
                .getContentAsString();
        assertThat(italian).contains("Opere di compensazione: sito di intervento", "Posti da finanziare");
        byte[] pdf = ok(get("/compensation").param("lon", Double.toString(lon)).param("lat", Double.toString(lat))
                .param("radius", "600").param("format", "pdf")).getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String csv = ok(atPoint().param("radius", "600").param("format", "csv")).getContentAsString();
        assertThat(csv).startsWith("\"rank\",\"service_type\",\"service\",\"people\",\"facilities_in_reach\"");
        // without a site, the page on which the planner picks one
        String picker = ok(get("/compensation")).getContentAsString();
        assertThat(picker).contains("id=\"site-map\"", "id=\"site-radius\"", "/js/compensation.js",
                "href=\"/compensation\"", "\"js.compensation.pick-site\":\"Click the development site on the map.\"");
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[1]).toList())
                .containsExactly("\"HOME_CARE\"", "\"ELDERLY_DAY_CENTRE\"", "\"DISABILITY_DAY_CENTRE\"");
    }

    @Test
    void badInputIsA400NamingTheField() throws Exception {
        assertThat(failure(get("/api/analytics/compensation").param("radius", "500"))).contains("site is missing");
        assertThat(failure(atPoint())).contains("radius is missing");
        assertThat(failure(atPoint().param("radius", "0"))).contains("radius must be more than 0 and at most 5000");
        assertThat(failure(atPoint().param("radius", "50000"))).contains("radius must be more than 0 and at most 5000");
        assertThat(failure(atPoint().param("radius", "600").param("serviceTypes", "TELEPORTATION")))
                .contains("serviceTypes: unknown service type 'TELEPORTATION'");
        assertThat(failure(atPoint().param("radius", "600").param("format", "docx"))).contains("unknown format 'docx'");
        assertThat(failure(get("/api/analytics/compensation").param("lon", "12.5").param("lat", "41.9")
                .param("radius", "1000"))).contains("site: no census section lies within 1000 m");
        assertThat(failure(get("/api/analytics/compensation").param("lon", "200").param("lat", "45")
                .param("radius", "1000"))).contains("site: lon must be within");
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[9.19,45.46],[9.2,45.47],[9.2,45.46],[9.19,45.47],"
                + "[9.19,45.46]]]}";
        assertThat(failure(postSite(bowtie))).contains("site is not valid: Self-intersection");
        assertThat(failure(postSite("{\"type\":\"LineString\",\"coordinates\":[[9.19,45.46],[9.2,45.47]]}")))
                .contains("site must be a Point, Polygon or MultiPolygon, not LINESTRING");
        assertThat(failure(postSite("{\"type\":\"Polygon\",\"coordinates\":\"nowhere\"}")))
                .contains("site is not readable GeoJSON geometry");
        assertThat(failure(post("/api/analytics/compensation").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"radius\":300}"))).contains("site is missing");
        // planners and administrators only: the report is the municipality's side of a negotiation
        assertThat(mvc.perform(atPoint().param("radius", "600").with(user("org").roles("ORGANISATION")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletRequestBuilder atPoint() {
        return get("/api/analytics/compensation").param("lon", Double.toString(lon)).param("lat", Double.toString(lat));
    }

    private static MockHttpServletRequestBuilder postSite(String geometry) {
        return post("/api/analytics/compensation").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"radius\":300,\"site\":" + geometry + "}");
    }

    private String failure(MockHttpServletRequestBuilder request) throws Exception {
        return answer(request, 400).getContentAsString();
    }
}
