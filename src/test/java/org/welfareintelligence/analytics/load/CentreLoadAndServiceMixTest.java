package org.welfareintelligence.analytics.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SmallCity;
import org.welfareintelligence.support.SmallCityApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Centre load and service mix on the small city (section centroids at x = 250, 750 and 1,500 m; elderly 75+
 * 30 / 20 / 100, disabled 10 / 10 / 100), straight-line metres, cutoff 1,000 m.
 * <p>Elderly day centres: FA (x 200) 10 places, FB (x 800) 20, FC (x 1,600) 40, FD (1,000, 900) no places.
 * S1 goes to FA (50 m), S2 to FB (50 m), S3 to FC (100 m): served 30, 20, 100; the city has 150 elderly over 70
 * places, 15/7 per place. Load ratios: FA 3 / (15/7) = 1.4, FB 1 / (15/7) = 0.467, FC 2.5 / (15/7) = 1.167.
 * <p>FA also offers home care (5 places; FC 60): home care serves both targets, 40 / 30 / 200 (270 over 65
 * places). S1 (50 m) and S2 (550 m against 850 m) go to FA: 70 people (50 elderly, 20 disabled), who deserve
 * 70 × 65 / 270 = 16.85 places: +11.85, staff at the social-care default 0.4 per place: +4.74. Its elderly
 * day centre deserves 30 / (15/7) = 14 places: +4, at its own 2 staff / 10 places: +0.8 staff. Its disability
 * day centre (30 places, 6 staff) is the only one: S1 and S2 are within reach (S3 at 1,300 m is not), 20
 * disabled people against the city's 120 per 30 places (4 per place) deserve 5 places: −25 places, −5 staff.
 */
class CentreLoadAndServiceMixTest extends SmallCityApiTest {

    @BeforeEach
    void facilities() {
        SmallCity.centres(jdbc);
    }

    @Test
    void centresAreRankedByLoadAgainstTheCity() throws Exception {
        JsonNode view = okJson(load());
        assertThat(view.get("cityPeople").asDouble()).isEqualTo(150);
        assertThat(view.get("cityPlaces").asDouble()).isEqualTo(70);
        assertThat(view.get("cityPeoplePerPlace").asDouble()).isCloseTo(15.0 / 7, within(1e-9));
        JsonNode centres = view.get("centres");
        assertThat(texts(centres, "facility")).containsExactly("FA", "FC", "FB", "FD");
        assertThat(numbers(centres, "people")).containsExactly(30.0, 100.0, 20.0, 0.0);
        assertThat(centres.get(0).get("loadRatio").asDouble()).isCloseTo(1.4, within(1e-9));
        assertThat(centres.get(1).get("loadRatio").asDouble()).isCloseTo(35.0 / 30, within(1e-9));
        assertThat(centres.get(2).get("loadRatio").asDouble()).isCloseTo(7.0 / 15, within(1e-9));
        assertThat(centres.get(0).get("peoplePerPlace").asDouble()).isEqualTo(3);
        assertThat(texts(centres, "status")).containsExactly("SMALLER_THAN_DEMAND", "SMALLER_THAN_DEMAND",
                "LARGER_THAN_DEMAND", "NO_PLACES");
        assertThat(centres.get(3).get("rank").isNull()).isTrue();
        // a wider tolerance puts FC in line; the default targets (all those the service serves) give the same
        JsonNode wide = okJson(load().param("tolerance", "0.2"));
        assertThat(wide.get("centres").get(1).get("status").asString()).isEqualTo("IN_LINE");
        JsonNode served = okJson(get("/api/analytics/centre-load").param("serviceType", "ELDERLY_DAY_CENTRE")
                .param("cutoff", "1000"));
        assertThat(texts(served.get("centres"), "facility")).containsExactly("FA", "FC", "FB", "FD");
        // of the eleven targets it serves, only the elderly 75+ have demand here
        assertThat(served.get("targets").toString()).isEqualTo("[\"P_ELDERLY_75_PLUS\"]");
    }

    @Test
    void centreLoadAsCsvAndAsAMapLayer() throws Exception {
        String csv = ok(load().param("format", "csv")).getContentAsString();
        assertThat(csv).startsWith("\"rank\",\"facility\",\"name\",\"places\",\"people\",\"people_per_place\","
                + "\"load_ratio\",\"status\"\n").contains("1,\"FA\",\"Centre FA\",10,30,3,1.4");
        JsonNode layer = okJson(load().param("format", "geojson"));
        assertThat(layer.get("features").size()).isEqualTo(4);
        JsonNode first = layer.get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(first.get("properties").get("facility").asString()).isEqualTo("FA");
        assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isBetween(9.0, 9.4);
    }

    @Test
    void serviceMixRanksIncreasesThenDecreasesWithPlacesAndStaff() throws Exception {
        JsonNode mix = okJson(get("/api/analytics/service-mix/FA").param("cutoff", "1000"));
        JsonNode services = mix.get("services");
        assertThat(texts(services, "serviceType")).containsExactly("HOME_CARE", "ELDERLY_DAY_CENTRE",
                "DISABILITY_DAY_CENTRE");
        assertThat(texts(services, "advice")).containsExactly("INCREASE", "INCREASE", "DECREASE");
        JsonNode home = services.get(0);
        assertThat(home.get("people").asDouble()).isEqualTo(70);
        assertThat(numbers(home.get("byTarget"), "people")).containsExactly(50.0, 20.0);
        assertThat(texts(home.get("byTarget"), "target")).containsExactly("P_ELDERLY_75_PLUS", "P_DISABLED");
        assertThat(home.get("expectedPlaces").asDouble()).isCloseTo(70 * 65.0 / 270, within(1e-9));
        assertThat(home.get("placeChange").asDouble()).isCloseTo(70 * 65.0 / 270 - 5, within(1e-9));
        assertThat(home.get("staffBasis").asString()).isEqualTo("category default");
        assertThat(home.get("staffChange").asDouble()).isCloseTo((70 * 65.0 / 270 - 5) * 0.4, within(1e-9));
        JsonNode elderly = services.get(1);
        assertThat(elderly.get("placeChange").asDouble()).isCloseTo(4, within(1e-9));
        assertThat(elderly.get("staffPerPlace").asDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(elderly.get("staffBasis").asString()).isEqualTo("facility");
        assertThat(elderly.get("staffChange").asDouble()).isCloseTo(0.8, within(1e-9));
        JsonNode disability = services.get(2);
        assertThat(disability.get("people").asDouble()).isEqualTo(20);
        assertThat(disability.get("cityPeoplePerPlace").asDouble()).isCloseTo(4, within(1e-12));
        assertThat(disability.get("placeChange").asDouble()).isCloseTo(-25, within(1e-9));
        assertThat(disability.get("staffChange").asDouble()).isCloseTo(-5, within(1e-9));
        String csv = ok(get("/api/analytics/service-mix/FA").param("cutoff", "1000").param("format", "csv"))
                .getContentAsString();
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[1]).toList())
                .containsExactly("\"HOME_CARE\"", "\"ELDERLY_DAY_CENTRE\"", "\"DISABILITY_DAY_CENTRE\"");
    }

    @Test
    void badInputIsA400OrA404NamingIt() throws Exception {
        assertThat(failure(load().param("tolerance", "1.5"), 400)).contains("tolerance must be at least 0 and below 1");
        assertThat(failure(get("/api/analytics/centre-load").param("serviceType", "TELEPORTATION"), 400))
                .contains("unknown service type 'TELEPORTATION'");
        assertThat(failure(get("/api/analytics/centre-load").param("serviceType", "HOME_CARE").param("cutoff", "-1"), 400))
                .contains("cutoff must be a positive number");
        assertThat(failure(get("/api/analytics/service-mix/NOPE"), 404)).contains("no facility with code NOPE");
        assertThat(failure(get("/api/analytics/service-mix/FE"), 400)).contains("facility FE is CLOSED");
        assertThat(mvc.perform(get("/api/analytics/centre-load").param("serviceType", "HOME_CARE"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    private static MockHttpServletRequestBuilder load() {
        return get("/api/analytics/centre-load").param("serviceType", "ELDERLY_DAY_CENTRE")
                .param("targets", "P_ELDERLY_75_PLUS").param("cutoff", "1000");
    }

    private String failure(MockHttpServletRequestBuilder request, int status) throws Exception {
        return answer(request, status).getContentAsString();
    }
}
