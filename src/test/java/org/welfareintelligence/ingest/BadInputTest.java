package org.welfareintelligence.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SharedData;

/**
 * Every kind of bad input is refused with a 400 that names what is wrong, and leaves the database exactly
 * as it was: the row counts of every data table are compared before and after.
 */
@AutoConfigureMockMvc
class BadInputTest extends PostgisTest {

    private static final String CENSUS = "istat2011_sections_milano.csv";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> before;

    @BeforeEach
    void baseline() throws Exception {
        DatabaseCleaner.clean(jdbc);
        upload("areas", "zones9_2013.geojson", SharedData.bytes("zones9_2013.geojson"), "level", "municipio")
                .andExpect(status().isCreated());
        before = DatabaseCleaner.counts(jdbc);
    }

    @AfterEach
    void nothingWasWritten() {
        if (before != null) {
            assertThat(DatabaseCleaner.counts(jdbc)).isEqualTo(before);
        }
    }

    @Test
    void truncatedCensusFile() throws Exception {
        String census = new String(SharedData.bytes(CENSUS), StandardCharsets.ISO_8859_1);
        int cut = census.indexOf('\n', census.indexOf('\n', census.indexOf('\n') + 1) + 1) + 40;
        upload("census", CENSUS, census.substring(0, cut).getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value(CENSUS))
                .andExpect(jsonPath("$.location").value("row 3"))
                .andExpect(jsonPath("$.message", containsString("fields")));
    }

    @Test
    void wrongDelimiter() throws Exception {
        String census = new String(SharedData.bytes(CENSUS), StandardCharsets.ISO_8859_1).replace(';', '|');
        upload("census", CENSUS, census.getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value(CENSUS))
                .andExpect(jsonPath("$.message", containsString("delimiter")));
    }

    @Test
    void unknownColumnCode() throws Exception {
        String[] lines = new String(SharedData.bytes(CENSUS), StandardCharsets.ISO_8859_1).split("\n");
        StringBuilder withExtraColumn = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            withExtraColumn.append(lines[i].strip()).append(i == 0 ? ";PX99" : ";1").append('\n');
        }
        upload("census", CENSUS, withExtraColumn.toString().getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("header"))
                .andExpect(jsonPath("$.field").value("PX99"))
                .andExpect(jsonPath("$.message", containsString("unknown column code 'PX99'")));
    }

    @Test
    void badNumberNamesRowAndField() throws Exception {
        String census = new String(SharedData.bytes(CENSUS), StandardCharsets.ISO_8859_1);
        String[] lines = census.split("\n", 4);
        String[] fields = lines[2].split(";", -1);
        fields[12] = "12a";
        lines[2] = String.join(";", fields);
        upload("census", CENSUS, String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("row 2"))
                .andExpect(jsonPath("$.field").value("P1"))
                .andExpect(jsonPath("$.message", containsString("\"12a\" is not a number")));
    }

    @Test
    void selfIntersectingPolygonIsRefusedWhenRepairIsOff() throws Exception {
        upload("areas", "bowtie.geojson", polygonFeature("1", "Bow tie",
                        "[[9.18,45.46],[9.20,45.48],[9.20,45.46],[9.18,45.48],[9.18,45.46]]"),
                "level", "neighbourhood", "repair", "false")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("feature 1"))
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.message", containsString("Self-intersection")));
    }

    @Test
    void unclosedRing() throws Exception {
        upload("areas", "open.geojson", polygonFeature("1", "Open", "[[9.18,45.46],[9.20,45.48],[9.20,45.46],[9.19,45.45]]"),
                "level", "neighbourhood")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("feature 1"))
                .andExpect(jsonPath("$.message", containsString("not closed")));
    }

    @Test
    void shapefileWithoutCrs() throws Exception {
        upload("areas", "ACE_no_prj.zip", SharedData.aceShapefileZip(false), "level", "census-area")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("ACE_no_prj.zip"))
                .andExpect(jsonPath("$.field").value("srid"))
                .andExpect(jsonPath("$.message", containsString("pass srid=")));
    }

    @Test
    void wrongCrsIsCaughtByWhereTheDataLands() throws Exception {
        upload("areas", "ACE_maggio_2011.zip", SharedData.aceShapefileZip(true), "level", "census-area",
                "srid", "32632")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("km from Milano")))
                .andExpect(jsonPath("$.message", containsString("EPSG:32632")));
    }

    @Test
    void markupInNamesIsRefused() throws Exception {
        upload("areas", "hostile.geojson", polygonFeature("7", "<script>alert(1)</script>",
                        "[[9.18,45.46],[9.20,45.46],[9.20,45.48],[9.18,45.48],[9.18,45.46]]"),
                "level", "neighbourhood")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("feature 1"))
                .andExpect(jsonPath("$.field").value("NIL"))
                .andExpect(jsonPath("$.message", containsString("markup")));
    }

    @Test
    void unknownCodesAreNamed() throws Exception {
        upload("facility-services", "services.csv",
                "facility_code;service_type;capacity_places;staff_fte;targets\nF1;NO_SUCH_SERVICE;10;1;\n"
                        .getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("row 1"))
                .andExpect(jsonPath("$.field").value("facility_code"));
        upload("areas", "nil.geojson", polygonFeature("1", "Somewhere",
                        "[[9.18,45.46],[9.20,45.46],[9.20,45.48],[9.18,45.48],[9.18,45.46]]", "99"),
                "level", "neighbourhood")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("MUNICIPIO"))
                .andExpect(jsonPath("$.message", containsString("unknown municipio code 99")));
    }

    @Test
    void malformedJson() throws Exception {
        byte[] json = SharedData.bytes("nil2013.geojson");
        upload("areas", "nil2013.geojson", Arrays.copyOf(json, json.length / 2), "level", "nil")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.file").value("nil2013.geojson"));
    }

    @Test
    void deeplyNestedJsonIsRefusedByEveryGeoJsonImport() throws Exception {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        byte[] deep = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"ID_NIL\":\"1\",\"deep\":" + nested + "},\"geometry\":null}]}").getBytes(StandardCharsets.UTF_8);
        for (String kind : new String[] {"areas", "sections", "facilities"}) {
            upload(kind, "deep.geojson", deep, "level", "neighbourhood")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.file").value("deep.geojson"))
                    .andExpect(jsonPath("$.message", containsString("nested too deeply")));
        }
    }

    @Test
    void anErrorInTheLastRowRollsBackEverythingBeforeIt() throws Exception {
        String census = new String(SharedData.bytes(CENSUS), StandardCharsets.ISO_8859_1).stripTrailing();
        String broken = census.substring(0, census.lastIndexOf(';')) + ";-3\n";
        upload("census", CENSUS, broken.getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("row 6017"))
                .andExpect(jsonPath("$.field").value("E31"));
    }

    @Test
    void importsNeedAnAdministrator() throws Exception {
        // anonymous, with or without a CSRF token: 401 (sign in first), as the README promises
        mvc.perform(multipart("/api/imports/census")
                        .file(new MockMultipartFile("file", CENSUS, "text/csv", SharedData.bytes(CENSUS))))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports/census")
                        .file(new MockMultipartFile("file", CENSUS, "text/csv", SharedData.bytes(CENSUS)))
                        .with(csrf()))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports/census")
                        .file(new MockMultipartFile("file", CENSUS, "text/csv", SharedData.bytes(CENSUS)))
                        .with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void unknownImportKindAndLevel() throws Exception {
        upload("people", "x.csv", "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("unknown import kind 'people'")));
        mvc.perform(get("/api/territories/planet").with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("unknown level 'planet'")));
    }

    static byte[] polygonFeature(String code, String name, String ring, String... municipio) {
        String parent = municipio.length == 0 ? "" : ", \"MUNICIPIO\": \"" + municipio[0] + "\"";
        String escapedName = name.replace("\\", "\\\\").replace("\"", "\\\"");
        return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"ID_NIL\":\"" + code + "\",\"NIL\":\"" + escapedName + "\"" + parent + "},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ResultActions upload(String kind, String fileName, byte[] content, String... parameters) throws Exception {
        var request = multipart("/api/imports/" + kind)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request.with(httpBasic("admin", "admin")));
    }
}
