package org.welfareintelligence.tender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.welfareintelligence.support.SampleCityApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The zone context report on the sample city: neighbourhood 20 holds 1.34 estimated rough sleepers, a count
 * an organisation must not see, and many elderly people, which it may.
 */
class ZoneReportTest extends SampleCityApiTest {

    private static final String NIL = "20";
    private static final String TARGETS = "P_ELDERLY_75_PLUS,P_ROUGH_SLEEPERS";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void organisationsGetTheContextWithSmallCountsWithheld() throws Exception {
        JsonNode context = report("json", organisation());
        assertThat(context.get("zoneName").asString()).isEqualTo("Quartiere dei Mandorli");
        assertThat(context.get("controlled").asBoolean()).isTrue();
        JsonNode elderly = context.get("targets").get(0);
        JsonNode rough = context.get("targets").get(1);
        assertThat(elderly.get("value").asDouble()).isCloseTo(nilSum("P_ELDERLY_75_PLUS"),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(elderly.get("ratePer1000").asDouble()).isPositive();
        assertThat(elderly.get("rankAmongPeers").asInt()).isBetween(1, elderly.get("peers").asInt() + 1);
        assertThat(rough.get("value").isNull()).isTrue();
        assertThat(rough.get("ratePer1000").isNull()).isTrue();
        // a census count is a count; rough sleepers are a rate applied to the residents, and the report says so
        assertThat(elderly.get("estimated").asBoolean()).isFalse();
        assertThat(rough.get("estimated").asBoolean()).isTrue();
        for (JsonNode service : context.get("services")) {
            JsonNode people = service.get("targetPeople");
            assertThat(people.isNull() || people.asDouble() >= 5).as(service.get("code").asString()).isTrue();
        }
        assertThat(context.get("sources").size()).isGreaterThan(3);
    }

    @Test
    void plannersSeeTheExactFigure() throws Exception {
        JsonNode context = report("json", user("planner").roles("PLANNER"));
        assertThat(context.get("targets").get(1).get("value").asDouble())
                .isCloseTo(nilSum("P_ROUGH_SLEEPERS"), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void pdfRendersTheSameFiguresAndNoSmallCount() throws Exception {
        byte[] pdf = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "pdf").with(organisation()).with(english()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(1, 4);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Zone context: Quartiere dei Mandorli", "Rough sleepers", "withheld",
                "Data sources", "counts below 5");
        long elderly = Math.round(nilSum("P_ELDERLY_75_PLUS"));
        assertThat(text).contains(String.format(java.util.Locale.ENGLISH, "%,d", elderly));
        assertThat(text).containsPattern("\\(P_ROUGH_SLEEPERS\\)\\s+— estimated\\s+2021 withheld");
    }

    @Test
    void theWebPageLinksToEveryFormatAndCsvAndXlsxCarryTheFigures() throws Exception {
        mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).with(organisation()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("format=pdf")))
                .andExpect(content().string(containsString("data:image/png;base64,")));
        String csv = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "csv").with(organisation()).with(english()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("part,zone,code,name,period,measure,value,disclosure\n");
        assertThat(csv).contains("\"P_ROUGH_SLEEPERS\",\"Rough sleepers\",\"2011\",\"people\",,\"withheld\"\n");
        assertThat(csv).contains("\"P_ELDERLY_75_PLUS\",\"Elderly aged 75+\",\"2011\",\"people\","
                + Math.round(nilSumIn("P_ELDERLY_75_PLUS", "2011")) + ",\"exact\"\n");

        byte[] xlsx = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "xlsx").with(organisation()).with(english()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var stream = workbook.getFirstSheet().openStream()) {
                stream.forEach((Row r) -> rows.add(r.stream().map(c -> c == null ? "" : c.getText()).toList()));
            }
        }
        assertThat(rows.get(0)).containsExactly("part", "zone", "code", "name", "period", "measure", "value",
                "disclosure");
        // counts of people are whole numbers in what people read
        long elderly = Math.round(nilSum("P_ELDERLY_75_PLUS"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(2)).isEqualTo("P_ELDERLY_75_PLUS");
            assertThat(r.get(5)).isEqualTo("people");
            assertThat(r.get(6)).isEqualTo(Long.toString(elderly));
            assertThat(r.get(7)).isEqualTo("exact");
        });
    }

    @Test
    void byDefaultTheReportItsFilesAndTheBidCheckSpeakItalianWithItalianNumbersAndNames() throws Exception {
        byte[] pdf = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "pdf").with(organisation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        String rough = jdbc.queryForObject("SELECT name_it FROM target WHERE code = 'P_ROUGH_SLEEPERS'", String.class);
        // (long names wrap in the PDF's table: the CSV below carries the Italian name whole)
        assertThat(text).contains("Contesto della zona: Quartiere dei Mandorli", "riservato", "Fonti dei dati",
                "conteggi sotto 5", "Andamento", "stimato").doesNotContain("Rough sleepers", "withheld");
        // Italian numbers: the zone's area with a decimal comma, its residents (thousands) with a full stop
        assertThat(text).containsPattern("\\d,\\d{2} km²").containsPattern("residenti: \\d\\.\\d{3}");

        String csv = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "csv").with(organisation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("parte,zona,codice,nome,periodo,misura,valore,riservatezza\n")
                .contains("\"P_ROUGH_SLEEPERS\",\"" + rough + "\",\"2011\",\"people\",,\"withheld\"\n");
        byte[] xlsx = mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "xlsx").with(organisation()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Dati");
            try (var stream = workbook.getFirstSheet().openStream()) {
                assertThat(stream.findFirst().orElseThrow().stream().map(c -> c.getText()).toList())
                        .containsExactly("parte", "zona", "codice", "nome", "periodo", "misura", "valore",
                                "riservatezza");
            }
        }

        JsonNode check = json.readTree(mvc.perform(post("/api/tender/bid-check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"neighbourhood\",\"code\":\"" + NIL + "\",\"targets\":[\"P_ELDERLY_75_PLUS\"]}")
                        .with(organisation()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(check.get("verdict").asString()).startsWith("corrispondenza");
        assertThat(check.get("targets").get(0).get("name").asString()).isEqualTo(
                jdbc.queryForObject("SELECT name_it FROM target WHERE code = 'P_ELDERLY_75_PLUS'", String.class));
        assertThat(check.get("targets").get(0).get("assessment").asString()).contains("ogni 1.000 residenti", "quartieri");
    }

    @Test
    void aDrawnPolygonIsSummedAndWithheldWhenItHoldsAWithheldSection() throws Exception {
        String polygon = jdbc.queryForObject("""
                SELECT ST_AsGeoJSON(ST_Buffer(geom, 0.0005)) FROM territorial_area
                WHERE level = 'NEIGHBOURHOOD' AND code = ?""", String.class, NIL);
        String body = "{\"name\":\"Around the park\",\"targets\":[\"P_ELDERLY_75_PLUS\",\"P_ROUGH_SLEEPERS\"],"
                + "\"polygon\":" + polygon + "}";
        String answer = mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(organisation()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zoneName").value("Around the park"))
                .andReturn().getResponse().getContentAsString();
        JsonNode context = json.readTree(answer);
        assertThat(context.get("sections").asInt()).isGreaterThanOrEqualTo(14);
        assertThat(context.get("targets").get(0).get("value").isNull()).isFalse();
        assertThat(context.get("targets").get(1).get("value").isNull()).isTrue();
    }

    @Test
    void aDrawnZoneHoldingAWithheldSectionShowsItsLargeCountPerturbedAndSaysSo() throws Exception {
        String latest = jdbc.queryForObject("SELECT max(period) FROM demand", String.class);
        // a neighbourhood with a section of 1 to 4 elderly people, withheld from organisations
        String polygon = jdbc.queryForObject("""
                SELECT ST_AsGeoJSON(ST_Buffer(n.geom, 0.0005)) FROM territorial_area n
                WHERE n.level = 'NEIGHBOURHOOD' AND EXISTS (
                    SELECT 1 FROM census_section s JOIN demand d ON d.section_id = s.id JOIN target t ON t.id = d.target_id
                    WHERE s.neighbourhood_id = n.id AND t.code = 'P_ELDERLY_75_PLUS' AND d.period = ?
                      AND d.value > 0 AND d.value < 5)
                ORDER BY n.code LIMIT 1""", String.class, latest);
        String body = "{\"name\":\"Drawn\",\"targets\":[\"P_ELDERLY_75_PLUS\"],\"polygon\":" + polygon + "}";
        JsonNode context = json.readTree(mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(organisation()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode elderly = context.get("targets").get(0);
        assertThat(elderly.get("value").isNull()).as("a large count always shows a figure").isFalse();
        assertThat(elderly.get("perturbed").asBoolean()).isTrue();
        assertThat(context.get("perturbed").asBoolean()).isTrue();
        JsonNode planner = json.readTree(mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                        .content(body).with(user("planner").roles("PLANNER")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(planner.get("perturbed").asBoolean()).as("planners see exact figures").isFalse();
        assertThat(elderly.get("value").asDouble()).isCloseTo(planner.get("targets").get(0).get("value").asDouble(),
                org.assertj.core.data.Offset.offset(5.0));

        String csv = mvc.perform(post("/api/tender/zone-report").param("format", "csv")
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(organisation()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).containsPattern("\"P_ELDERLY_75_PLUS\",\"[^\"]+\",\"" + latest + "\",\"people\",\\d+,\"perturbed\"\n");
        byte[] pdf = mvc.perform(post("/api/tender/zone-report").param("format", "pdf")
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(organisation()).with(csrf()).with(english()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).containsPattern("\\d\\*\\s").contains("* Perturbed figure");
        }
    }

    @Test
    void theBidCheckScoresTheZoneAmongItsPeersAndExplainsWhy() throws Exception {
        JsonNode context = report("json", organisation());
        JsonNode elderly = context.get("targets").get(0);
        int peers = elderly.get("peers").asInt();
        int rank = elderly.get("rankAmongPeers").asInt();
        double percentile = 100.0 * (peers - (rank - 1)) / peers;
        String answer = mvc.perform(post("/api/tender/bid-check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"neighbourhood\",\"code\":\"" + NIL + "\",\"targets\":"
                                + "[\"P_ELDERLY_75_PLUS\",\"P_ROUGH_SLEEPERS\"]}")
                        .with(organisation()).with(csrf()).with(english()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode check = json.readTree(answer);
        assertThat(check.get("targets").get(0).get("percentile").asDouble())
                .isCloseTo(percentile, org.assertj.core.data.Offset.offset(1e-9));
        // the rough sleepers' count is withheld for an organisation, so that target cannot be scored
        assertThat(check.get("targets").get(1).get("percentile").isNull()).isTrue();
        assertThat(check.get("score").asDouble()).isCloseTo(percentile, org.assertj.core.data.Offset.offset(1e-9));
        String expected = percentile >= 75 ? "strong match" : percentile >= 50 ? "moderate match" : "weak match";
        assertThat(check.get("verdict").asString()).startsWith(expected);
        assertThat(check.get("targets").get(0).get("assessment").asString())
                .contains("higher than", "of the " + peers + " peer neighbourhoods");
    }

    @Test
    void servicesDeliveredAtHomeNeedNoPlaceInTheZone() throws Exception {
        String answer = mvc.perform(post("/api/tender/bid-check").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"level\":\"neighbourhood\",\"code\":\"" + NIL + "\",\"targets\":"
                                + "[\"P_ELDERLY_75_PLUS\",\"P_ELDERLY_NON_SELF_SUFFICIENT\"]}")
                        .with(organisation()).with(csrf()).with(english()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> reasons = new ArrayList<>();
        json.readTree(answer).get("reasons").forEach(r -> reasons.add(r.asString()));
        List<String> homeServices = jdbc.queryForList("""
                SELECT DISTINCT st.name_en FROM service_type st JOIN service_type_target stt ON stt.service_type_id = st.id
                JOIN target t ON t.id = stt.target_id
                WHERE st.delivery = 'HOME' AND t.code IN ('P_ELDERLY_75_PLUS', 'P_ELDERLY_NON_SELF_SUFFICIENT')""",
                String.class);
        assertThat(homeServices).contains("Home care", "Meals at home");
        // the zone has no place of these services in it, and needs none: they come to people's homes
        for (String service : homeServices) {
            assertThat(reasons).noneMatch(r -> r.equals("no open place of " + service + " in the zone"));
        }
        assertThat(reasons).contains("no open place of Nursing home in the zone");
    }

    @Test
    void badRequestsSayWhatIsWrong() throws Exception {
        mvc.perform(get("/tender/zone-report").param("level", "galaxy").param("code", NIL)
                        .param("targets", TARGETS).param("format", "json").with(organisation()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("unknown level 'galaxy'")));
        mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", "999")
                        .param("targets", TARGETS).param("format", "json").with(organisation()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", "P_NOBODY").param("format", "json").with(organisation()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("P_NOBODY")));
        mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", "docx").with(organisation()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("unknown format 'docx'")));
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[9.18,45.46],[9.20,45.47],[9.20,45.46],[9.18,45.47],[9.18,45.46]]]}";
        mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":[\"P_ELDERLY_75_PLUS\"],\"polygon\":" + bowtie + "}")
                        .with(organisation()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("not valid: Self-intersection")));
        mvc.perform(post("/api/tender/zone-report").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targets\":[],\"polygon\":{\"type\":\"Point\",\"coordinates\":[9.19,45.46]}}")
                        .with(organisation()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("Polygon or MultiPolygon, not POINT")));
    }

    private JsonNode report(String format, RequestPostProcessor reader) throws Exception {
        return json.readTree(mvc.perform(get("/tender/zone-report").param("level", "neighbourhood").param("code", NIL)
                        .param("targets", TARGETS).param("format", format).with(reader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private double nilSum(String target) {
        return nilSumIn(target, jdbc.queryForObject("SELECT max(period) FROM demand", String.class));
    }

    private double nilSumIn(String target, String period) {
        return jdbc.queryForObject("""
                SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id
                JOIN census_section s ON s.id = d.section_id JOIN territorial_area n ON n.id = s.neighbourhood_id
                WHERE t.code = ? AND n.level = 'NEIGHBOURHOOD' AND n.code = ? AND d.period = ?""",
                Double.class, target, NIL, period);
    }

    /** A reader whose browser asks for English (Italian is the default). */
    private static RequestPostProcessor english() {
        return request -> {
            request.addHeader("Accept-Language", "en");
            return request;
        };
    }

    private static RequestPostProcessor organisation() {
        return user("member").roles("ORGANISATION");
    }
}
