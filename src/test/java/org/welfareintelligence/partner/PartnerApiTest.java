package org.welfareintelligence.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.welfareintelligence.support.SmallCity;
import org.welfareintelligence.support.SmallCityApiTest;
import tools.jackson.databind.JsonNode;

/**
 * Partners in neighbourhood T1 of the small city, for the elderly 75+ and the disabled, needing a disability day
 * centre (DDC), an elderly day centre (EDC) and home care (HC).
 * People served in T1: DDC 20 (disabled), EDC 50 (elderly), HC 70 (both). Open places inside T1: EDC 10 (P's F1),
 * HC 20 (Q's F2), so the unmet need is DDC 20, EDC 40, HC 50 (110). Within 500 m of T1: Q's F3 at 300 m (DDC 15),
 * R's F4 at 400 m (EDC 30, HC 30). S's F5 is 1,200 m away and T's F6 inside is closed: neither counts.
 * Reach: P 0/10/0, Q 15/0/20, R 0/30/30. Greedy: R adds 0/30/30 (60), leaving 20/10/20; Q adds 15/0/20 (35),
 * leaving 5/10/0; P adds 0/10/0 (10): 105 of 110 covered.
 */
class PartnerApiTest extends SmallCityApiTest {

    private static final String TARGETS = "P_ELDERLY_75_PLUS,P_DISABLED";
    private static final String SERVICES = "HOME_CARE,ELDERLY_DAY_CENTRE,DISABILITY_DAY_CENTRE";

    @BeforeEach
    void facilities() {
        SmallCity.organisation(jdbc, "ORG_P", "Pubblica Assistenza");
        SmallCity.organisation(jdbc, "ORG_Q", "Cooperativa Quercia");
        SmallCity.organisation(jdbc, "ORG_R", "Rete Solidale");
        SmallCity.organisation(jdbc, "ORG_S", "Sollievo Lontano");
        SmallCity.organisation(jdbc, "ORG_T", "Tana Chiusa");
        SmallCity.facility(jdbc, "F1", "ORG_P", 200, 500, "OPEN");
        SmallCity.offer(jdbc, "F1", "ELDERLY_DAY_CENTRE", 10, 4.0);
        SmallCity.facility(jdbc, "F2", "ORG_Q", 700, 500, "OPEN");
        SmallCity.offer(jdbc, "F2", "HOME_CARE", 20, null);
        SmallCity.facility(jdbc, "F3", "ORG_Q", 1300, 500, "OPEN");
        SmallCity.offer(jdbc, "F3", "DISABILITY_DAY_CENTRE", 15, null);
        SmallCity.facility(jdbc, "F4", "ORG_R", 1400, 500, "OPEN");
        SmallCity.offer(jdbc, "F4", "ELDERLY_DAY_CENTRE", 30, null);
        SmallCity.offer(jdbc, "F4", "HOME_CARE", 30, null);
        SmallCity.facility(jdbc, "F5", "ORG_S", 2200, 500, "OPEN");
        SmallCity.offer(jdbc, "F5", "DISABILITY_DAY_CENTRE", 50, null);
        SmallCity.facility(jdbc, "F6", "ORG_T", 500, 800, "CLOSED");
        SmallCity.offer(jdbc, "F6", "DISABILITY_DAY_CENTRE", 25, null);
    }

    @Test
    void greedyPartnersCoverTheMostUnmetNeedAndSayWhatEachAdds() throws Exception {
        JsonNode answer = okJson(area().param("k", "3"));
        assertThat(answer.get("zoneName").asString()).isEqualTo("Borgo Uno");
        JsonNode needs = answer.get("needs");
        assertThat(texts(needs, "serviceType")).containsExactly("DISABILITY_DAY_CENTRE", "ELDERLY_DAY_CENTRE", "HOME_CARE");
        assertThat(numbers(needs, "people")).containsExactly(20.0, 50.0, 70.0);
        assertThat(numbers(needs, "places")).containsExactly(0.0, 10.0, 20.0);
        assertThat(numbers(needs, "unmetPeople")).containsExactly(20.0, 40.0, 50.0);
        assertThat(needs.get(2).get("serviceName").asString()).isEqualTo("Home care");
        assertThat(texts(needs.get(2).get("targetNames"))).containsExactly("Elderly aged 75+", "People with disabilities");

        assertThat(texts(answer.get("organisations"), "code")).containsExactly("ORG_P", "ORG_Q", "ORG_R");
        JsonNode q = answer.get("organisations").get(1);
        assertThat(texts(q.get("services"), "serviceType")).containsExactly("DISABILITY_DAY_CENTRE", "HOME_CARE");
        assertThat(numbers(q.get("services"), "facilitiesInZone")).containsExactly(0.0, 1.0);
        assertThat(numbers(q.get("services"), "facilitiesNear")).containsExactly(1.0, 0.0);
        assertThat(numbers(q.get("services"), "placesInReach")).containsExactly(15.0, 20.0);

        JsonNode partners = answer.get("partners");
        assertThat(texts(partners, "code")).containsExactly("ORG_R", "ORG_Q", "ORG_P");
        assertThat(numbers(partners, "addedPeople")).containsExactly(60.0, 35.0, 10.0);
        assertThat(texts(partners.get(0).get("why"), "serviceType")).containsExactly("ELDERLY_DAY_CENTRE", "HOME_CARE");
        assertThat(numbers(partners.get(0).get("why"), "addedPeople")).containsExactly(30.0, 30.0);
        assertThat(numbers(partners.get(1).get("why"), "addedPeople")).containsExactly(15.0, 20.0);
        assertThat(numbers(partners.get(2).get("why"), "addedPeople")).containsExactly(10.0);
        assertThat(answer.get("coveredPeople").asDouble()).isEqualTo(105);
        assertThat(answer.get("unmetPeople").asDouble()).isEqualTo(110);
        assertThat(answer.get("shareCovered").asDouble()).isCloseTo(105.0 / 110, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRadiusOfZeroKeepsOnlyFacilitiesInsideAndKLimitsTheChoice() throws Exception {
        JsonNode inside = okJson(area().param("radius", "0"));
        assertThat(texts(inside.get("organisations"), "code")).containsExactly("ORG_P", "ORG_Q");
        assertThat(texts(inside.get("partners"), "code")).containsExactly("ORG_Q", "ORG_P");
        assertThat(numbers(inside.get("partners"), "addedPeople")).containsExactly(20.0, 10.0);
        JsonNode two = okJson(area().param("k", "2"));
        assertThat(texts(two.get("partners"), "code")).containsExactly("ORG_R", "ORG_Q");
        assertThat(two.get("coveredPeople").asDouble()).isEqualTo(95);
    }

    @Test
    void aDrawnPolygonGivesTheSameAnswerAsTheNeighbourhoodItTraces() throws Exception {
        String polygon = jdbc.queryForObject(
                "SELECT ST_AsGeoJSON(ST_GeometryN(geom, 1), 8) FROM territorial_area WHERE code = 'T1'", String.class);
        String body = "{\"name\":\"Progetto\",\"polygon\":" + polygon + ",\"targets\":[\"P_ELDERLY_75_PLUS\","
                + "\"P_DISABLED\"],\"serviceTypes\":[\"HOME_CARE\",\"ELDERLY_DAY_CENTRE\",\"DISABILITY_DAY_CENTRE\"]}";
        JsonNode drawn = okJson(post("/api/partners").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(csrf()));
        assertThat(drawn.get("zoneName").asString()).isEqualTo("Progetto");
        assertThat(texts(drawn.get("partners"), "code")).containsExactly("ORG_R", "ORG_Q", "ORG_P");
        assertThat(drawn.get("coveredPeople").asDouble()).isEqualTo(105);
    }

    @Test
    void csvHasOneFigurePerRow() throws Exception {
        String csv = ok(area().param("format", "csv")).getContentAsString();
        assertThat(csv).startsWith("part,code,name,measure,value\n")
                .contains("\"need\",\"HOME_CARE\",\"Home care\",unmet_people,50\n")
                .contains("\"partner\",\"ORG_R\",\"Rete Solidale\",added_people,60\n")
                .contains("\"partner\",\"ORG_Q DISABILITY_DAY_CENTRE\",\"Cooperativa Quercia: Disability day centre\",added_people,15\n")
                .contains("\"total\",\"T1\",\"Borgo Uno\",covered_people,105\n");
    }

    @Test
    void theZoneReportListsTheRecommendedPartnersAndTheActiveOperators() throws Exception {
        JsonNode report = okJson(get("/tender/zone-report").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).param("format", "json"));
        assertThat(texts(report.get("operators"), "code")).containsExactly("ORG_Q", "ORG_P");
        assertThat(numbers(report.get("operators"), "places")).containsExactly(20.0, 10.0);
        // every service answering the targets is needed; the three above are the only ones offered nearby
        assertThat(texts(report.get("partners").get("partners"), "code")).containsExactly("ORG_R", "ORG_Q", "ORG_P");
        String html = ok(get("/tender/zone-report").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).accept(MediaType.TEXT_HTML)).getContentAsString();
        assertThat(html).contains("Rete Solidale", "Cooperativa Quercia");
        byte[] pdf = ok(get("/tender/zone-report").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).param("format", "pdf")).getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Recommended partners", "Rete Solidale", "Active operators in the zone");
        }
        String csv = ok(get("/tender/zone-report").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).param("format", "csv")).getContentAsString();
        assertThat(csv).contains("\"operator\",\"Borgo Uno\",\"ORG_Q\",\"Cooperativa Quercia\",,\"places\",20,\n")
                .contains("\"partners partner\",\"Borgo Uno\",\"ORG_R\",\"Rete Solidale\",,\"added_people\",60,\"exact\"\n");
    }

    @Test
    void badInputIsA400NamingTheFieldAndRolesAreChecked() throws Exception {
        assertThat(bad(area().param("k", "0"))).contains("k must be between 1 and 10");
        assertThat(bad(area().param("radius", "-5"))).contains("radius must be between 0 and 5000");
        assertThat(bad(get("/api/partners").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).param("serviceTypes", "TELEPORTATION").with(planner())))
                .contains("serviceTypes: no service type with code TELEPORTATION");
        assertThat(bad(get("/api/partners").param("level", "neighbourhood").param("code", "T1")
                .param("targets", " ").param("serviceTypes", SERVICES).with(planner()))).contains("targets is missing");
        assertThat(status(get("/api/partners").param("level", "neighbourhood").param("code", "T1")
                .param("targets", TARGETS).param("serviceTypes", SERVICES))).isEqualTo(401);
        assertThat(status(area().with(user("org").roles("ORGANISATION")))).isEqualTo(200);
        assertThat(status(area().with(user("fund").roles("FOUNDATION")))).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT username FROM audit_event WHERE dataset = 'PARTNERS' AND status = 200",
                String.class)).contains("org", "fund");
    }

    private MockHttpServletRequestBuilder area() {
        return get("/api/partners").param("level", "neighbourhood").param("code", "T1").param("targets", TARGETS)
                .param("serviceTypes", SERVICES).header("Accept-Language", "en").with(planner());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
        return user("planner").roles("PLANNER");
    }

    private String bad(MockHttpServletRequestBuilder request) throws Exception {
        return answer(request, 400).getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asString()));
        return values;
    }

}
