package org.welfareintelligence.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.welfareintelligence.support.SharedData;
import org.welfareintelligence.support.SmallCityApiTest;
import tools.jackson.databind.JsonNode;

/** The public places layer of the map: the imported schools and libraries, open to everyone, by kind. */
class PublicPlacesLayerTest extends SmallCityApiTest {

    @BeforeEach
    void places() {
        place("LIBRARY", "IT-L1", "Biblioteca Uno", "Via Uno 1", 250, 500);
        place("SCHOOL", "MI-E1", "Scuola primaria Due", null, 1500, 600);
    }

    @Test
    void everyoneSeesThePlacesWithTheirKindNameAndAddress() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/public-places")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode layer = json.readTree(response.getContentAsString());
        assertThat(layer.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode features = layer.get("features");
        assertThat(features.size()).isEqualTo(2);
        JsonNode library = features.get(0).get("properties");
        assertThat(library.get("kind").asString()).isEqualTo("library");
        assertThat(library.get("name").asString()).isEqualTo("Biblioteca Uno");
        assertThat(library.get("address").asString()).isEqualTo("Via Uno 1");
        assertThat(features.get(0).get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(features.get(0).get("geometry").get("coordinates").get(0).asDouble()).isBetween(9.0, 9.4);
        assertThat(features.get(1).get("properties").get("address").isNull()).isTrue();
        // only what a public register says: no figure about people
        assertThat(library.size()).isEqualTo(4);
        assertThat(library.has("code")).isTrue();
    }

    @Test
    void oneKindOrABoxOfTheMapAndAnUnknownKindNamed() throws Exception {
        JsonNode schools = okJson(get("/api/public-places").param("kind", "School"));
        assertThat(schools.get("features").size()).isEqualTo(1);
        assertThat(schools.get("features").get(0).get("properties").get("name").asString())
                .isEqualTo("Scuola primaria Due");
        String west = jdbc.queryForObject("""
                SELECT concat_ws(',', ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b)) FROM (SELECT ST_Transform(
                    ST_MakeEnvelope(514000, 5034000, 515000, 5035000, 32632), 4326)::box2d::geometry AS b) e""",
                String.class);
        JsonNode inTheBox = okJson(get("/api/public-places").param("bbox", west));
        assertThat(inTheBox.get("features").size()).isEqualTo(1);
        assertThat(inTheBox.get("features").get(0).get("properties").get("code").asString()).isEqualTo("IT-L1");
        assertThat(answer(get("/api/public-places").param("kind", "pharmacy"), 400).getContentAsString())
                .contains("kind: no public place of kind 'pharmacy' is imported; known kinds: library, school");
    }

    /** Milan's registries as they are (../shared): every imported school and library is on the layer, by kind. */
    @Test
    void milansSchoolsAndLibrariesAsImported() throws Exception {
        jdbc.update("DELETE FROM public_place");
        for (String[] file : new String[][] {{"schools_2016.geojson", "school"}, {"libraries.geojson", "library"}}) {
            answer(multipart("/api/imports/public-places").file(new MockMultipartFile("file", file[0],
                    "application/geo+json", SharedData.bytes(file[0]))).param("placeKind", file[1]).with(csrf()), 201);
        }
        int imported = jdbc.queryForObject("SELECT count(*) FROM public_place", Integer.class);
        JsonNode layer = okJson(get("/api/public-places"));
        assertThat(layer.get("features").size()).isEqualTo(imported).isGreaterThan(400);
        JsonNode libraries = okJson(get("/api/public-places").param("kind", "library"));
        assertThat(libraries.get("features").size()).isEqualTo(
                jdbc.queryForObject("SELECT count(*) FROM public_place WHERE kind = 'LIBRARY'", Integer.class))
                .isGreaterThan(100);
        libraries.get("features").forEach(f -> assertThat(f.get("properties").get("name").asString()).isNotBlank());
    }

    private void place(String kind, String code, String name, String address, double x, double y) {
        jdbc.update("""
                INSERT INTO public_place (kind, code, name, address, geom)
                VALUES (?, ?, ?, ?, ST_Transform(ST_SetSRID(ST_MakePoint(514000 + ?, 5034000 + ?), 32632), 4326))""",
                kind, code, name, address, x, y);
    }
}
