package org.welfareintelligence.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;

/** What is accepted with care: repairable polygons are repaired and reported; SQL-looking text is just text. */
@AutoConfigureMockMvc
class GeometryRepairAndTextTest extends PostgisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void selfIntersectingPolygonIsRepairedAndReported() throws Exception {
        mvc.perform(multipart("/api/imports/areas")
                        .file(new MockMultipartFile("file", "bowtie.geojson", "application/geo+json",
                                BadInputTest.polygonFeature("1", "Bow tie",
                                        "[[9.18,45.46],[9.20,45.48],[9.20,45.46],[9.18,45.48],[9.18,45.46]]")))
                        .param("level", "neighbourhood")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.geometriesRepaired").value(1))
                .andExpect(jsonPath("$.warnings[0]").value(org.hamcrest.Matchers.containsString("feature 1")));

        assertThat(jdbc.queryForObject("SELECT ST_IsValid(geom) FROM territorial_area WHERE code = '1'", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT ST_NumGeometries(geom) FROM territorial_area WHERE code = '1'",
                Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT geometries_repaired FROM import_batch", Integer.class)).isEqualTo(1);
    }

    @Test
    void sqlInANameIsStoredVerbatimAndHarmless() throws Exception {
        String name = "Sant'Ambrogio'); DROP TABLE census_section; --";
        mvc.perform(multipart("/api/imports/areas")
                        .file(new MockMultipartFile("file", "quote.geojson", "application/geo+json",
                                BadInputTest.polygonFeature("5", name,
                                        "[[9.18,45.46],[9.20,45.46],[9.20,45.48],[9.18,45.48],[9.18,45.46]]")))
                        .param("level", "neighbourhood")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("SELECT name FROM territorial_area WHERE code = '5'", String.class))
                .isEqualTo(name);
        assertThat(jdbc.queryForObject("SELECT to_regclass('census_section') IS NOT NULL", Boolean.class)).isTrue();
        mvc.perform(get("/api/territories/neighbourhood"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[0].properties.name").value(name));
    }
}
