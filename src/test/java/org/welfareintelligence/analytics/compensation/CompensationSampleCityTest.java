package org.welfareintelligence.analytics.compensation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compensation works at the centre of the sample city, 1 km around: the ranking holds its rule (services missing
 * whole places first, each group by the share of the norm missing), the people of a service are those of its
 * targets, its city norm is the one the centre-load analysis measures, and the PDF of thirty services stays short.
 */
class CompensationSampleCityTest extends SampleCityApiTest {

    @Autowired
    CityProperties city;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theCentreOfTheSampleCityRanksByTheShareOfTheNormMissing() throws Exception {
        JsonNode report = planner(get("/api/analytics/compensation").param("lon", Double.toString(city.centerLon()))
                .param("lat", Double.toString(city.centerLat())).param("radius", "1000"));
        assertThat(report.get("sections").asInt()).isPositive();
        assertThat(report.get("residents").asDouble()).isPositive();
        JsonNode services = report.get("services");
        assertThat(services.size()).isGreaterThan(5);
        List<Double> fundingShares = new ArrayList<>();
        List<Double> otherShares = new ArrayList<>();
        boolean funding = true;
        for (JsonNode s : services) {
            double people = s.get("people").asDouble();
            double byTarget = 0;
            for (JsonNode t : s.get("byTarget")) {
                byTarget += t.get("people").asDouble();
            }
            assertThat(byTarget).as(s.get("serviceType").asString()).isCloseTo(people, within(1e-6));
            if (s.get("missingShare").isNull()) {
                continue;
            }
            boolean funds = s.get("fundablePlaces").asInt() > 0;
            assertThat(funds && !funding).as("a service funding places after one that funds none").isFalse();
            funding = funds;
            (funds ? fundingShares : otherShares).add(s.get("missingShare").asDouble());
        }
        assertThat(fundingShares).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(otherShares).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        byte[] pdf = mvc.perform(get("/compensation").param("lon", Double.toString(city.centerLon()))
                .param("lat", Double.toString(city.centerLat())).param("radius", "1000").param("format", "pdf")
                .with(user("planner").roles("PLANNER"))).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // one page: the twelve services lacking most, one row each, then a line for the others
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        JsonNode first = services.get(0);
        JsonNode load = planner(get("/api/analytics/centre-load").param("serviceType", first.get("serviceType").asString()));
        assertThat(first.get("cityPeoplePerPlace").asDouble())
                .isCloseTo(load.get("cityPeoplePerPlace").asDouble(), within(1e-9));
    }

    private JsonNode planner(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("planner").roles("PLANNER")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}
