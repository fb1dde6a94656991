package org.welfareintelligence.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;

/**
 * A hand-made city in longitude/latitude near Milan's centre (0.001° apart: 78 m east–west, 111 m north–south): a
 * square with a diagonal and a spur, a line crossing its south side without a shared vertex and an island,
 * imported through the API.
 */
@AutoConfigureMockMvc
class StreetNetworkImportTest extends PostgisTest {

    private static final String LINES = """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[9.190,45.464],[9.191,45.464],[9.191,45.465]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[9.190,45.464],[9.190,45.465],[9.191,45.465]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[9.190,45.464],[9.191,45.465]],[[9.191,45.464],[9.192,45.464]]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[9.1905,45.4639],[9.1905,45.4641]]}},
             {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[9.200,45.474],[9.2001,45.474]]}}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void importsTheLargestPieceAndReportsWhatWasDropped() throws Exception {
        upload("city.geojson", LINES.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("STREET_NETWORK"))
                .andExpect(jsonPath("$.linesRead").value(5))
                .andExpect(jsonPath("$.nodes").value(7))
                .andExpect(jsonPath("$.edges").value(8))
                .andExpect(jsonPath("$.components").value(2))
                .andExpect(jsonPath("$.droppedEdges").value(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM street_node", Integer.class)).isEqualTo(7);
        // metric lengths: sides of 78 and 111 m, the diagonal 136 m, the spur 78 m and the crossing line 22 m
        double total = jdbc.queryForObject("SELECT sum(metres) FROM street_edge", Double.class);
        assertThat(total).isCloseTo(2 * 78 + 2 * 111 + 136 + 78 + 22, within(5.0));
        Map<String, Object> batch = jdbc.queryForMap("SELECT kind, rows_written, warnings FROM import_batch");
        assertThat(batch.get("kind")).isEqualTo("STREET_NETWORK");
        assertThat((String) batch.get("warnings")).contains("edges dropped: 1 (");

        // from the square's south-west corner to the spur's end: along the south side and the spur, 2 × 78 m
        mvc.perform(get("/api/network/route").param("from", "45.464,9.190").param("to", "45.464,9.192")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.geometry.type").value("LineString"))
                .andExpect(jsonPath("$.geometry.coordinates[0][0]").value(9.190))
                .andExpect(jsonPath("$.properties.streetMetres").value(org.hamcrest.Matchers.closeTo(156, 2)))
                .andExpect(jsonPath("$.properties.minutes").value(org.hamcrest.Matchers.closeTo(156 / 75.0, 0.03)));
    }

    @Test
    void aNewImportReplacesTheNetwork() throws Exception {
        upload("city.geojson", LINES.getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated());
        String spurOnly = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                 "geometry":{"type":"LineString","coordinates":[[9.191,45.464],[9.192,45.464]]}}]}""";
        upload("spur.geojson", spurOnly.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.edges").value(1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM street_edge", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM street_network", Integer.class)).isEqualTo(1);
    }

    @Test
    void badFilesAreRefusedNamingTheProblemAndWriteNothing() throws Exception {
        String points = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
                 "geometry":{"type":"Point","coordinates":[9.19,45.46]}}]}""";
        upload("points.geojson", points.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.location").value("feature 1"))
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.message", containsString("lines, not Point")));
        upload("streets.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("line geometry")));
        upload("far.geojson", LINES.replace("9.19", "12.19").getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("geometry"))
                .andExpect(jsonPath("$.message", containsString("coordinate reference system")));
        upload("broken.geojson", "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/network/route").param("from", "45.46;9.19").param("to", "45.46,9.19")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("from")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM street_network", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_batch", Integer.class)).isZero();
    }

    @Test
    void theMapOffersDistancesAlongTheStreetsInItalianAndEnglish() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML).header("Accept-Language", "it")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"an-costs\"")))
                .andExpect(content().string(containsString("Lungo le strade")))
                // the note's words reach the script through the page's text block
                .andExpect(content().string(containsString("Percorsi lungo le strade (OpenStreetMap 2016)")));
        mvc.perform(get("/").accept(MediaType.TEXT_HTML).header("Accept-Language", "en")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Along the streets")))
                .andExpect(content().string(containsString("Travel along streets (OpenStreetMap 2016)")));
        // before any network the panel keeps straight lines: the status says nothing is loaded
        mvc.perform(get("/api/network").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.loaded").value(false))
                .andExpect(jsonPath("$.pairs").value(0));
    }

    private ResultActions upload(String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/imports/street-network")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(httpBasic("admin", "admin")));
    }
}
