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
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.welfareintelligence.support.DatabaseCleaner;
import org.welfareintelligence.support.PostgisTest;
import org.welfareintelligence.support.SharedData;

/** The real Milan open data imported through the REST API and the command line, checked against known totals. */
@AutoConfigureMockMvc
class MilanImportTest extends PostgisTest {

    /** Milan's resident population in the 2011 census, including ISTAT's placeholder sections. */
    private static final long MILAN_2011_POPULATION = 1_242_123;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportCommand command;

    @BeforeEach
    void emptyDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void importsMilanCensusAceNilAndMunicipiThroughTheApi() throws Exception {
        upload("areas", "ACE_maggio_2011.zip", SharedData.aceShapefileZip(true), "level", "census-area")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsWritten").value(85));
        upload("areas", "nil2013.geojson", SharedData.bytes("nil2013.geojson"), "level", "nil")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsWritten").value(88));
        upload("areas", "zones9_2013.geojson", SharedData.bytes("zones9_2013.geojson"), "level", "municipio")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsWritten").value(9));
        upload("census", "istat2011_sections_milano.csv", SharedData.bytes("istat2011_sections_milano.csv"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rowsRead").value(6017))
                .andExpect(jsonPath("$.rowsWritten").value(6017));
        upload("section-links", "section_to_nil2013.csv", SharedData.bytes("section_to_nil2013.csv"))
                .andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("SELECT sum(population) FROM census_section", Long.class))
                .isEqualTo(MILAN_2011_POPULATION);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM census_section WHERE placeholder", Integer.class))
                .isEqualTo(6);
        assertThat(demandTotal("P_RESIDENTS")).isEqualTo(MILAN_2011_POPULATION);
        assertThat(demandTotal("P_ELDERLY_75_PLUS")).isEqualTo(158_381);
        assertThat(demandTotal("F_ALL")).isEqualTo(618_524);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT target_id) FROM demand", Integer.class)).isEqualTo(111);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM demand", Long.class)).isEqualTo(6017L * 111);

        // geometry: valid everywhere; ACE read from EPSG:3003 keep their area (146.45 km² in the source's own
        // metric CRS), and the nine municipi cover Milan's 181.7 km²
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territorial_area WHERE NOT ST_IsValid(geom)",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territorial_area WHERE ST_SRID(geom) <> 4326",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(area_km2) FROM territorial_area WHERE level = 'CENSUS_AREA'",
                Double.class)).isBetween(145.5, 147.5);
        assertThat(jdbc.queryForObject("SELECT area_km2 FROM territorial_area WHERE level = 'CITY'",
                Double.class)).isBetween(178.0, 185.0);
        assertThat(jdbc.queryForObject("""
                SELECT ST_Contains(ST_Buffer(geom::geography, 2000)::geometry, ST_SetSRID(ST_MakePoint(9.1900, 45.4642), 4326))
                FROM territorial_area WHERE level = 'CITY'""", Boolean.class)).isTrue();

        // hierarchy: ACE linked from the census column (78 sections have ACE 0), NIL from the link table
        assertThat(jdbc.queryForObject("SELECT count(*) FROM census_section WHERE census_area_id IS NOT NULL",
                Integer.class)).isEqualTo(6017 - 78);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM census_section WHERE neighbourhood_id IS NOT NULL",
                Integer.class)).isGreaterThanOrEqualTo(6010);
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD' AND parent_id IS NULL",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT population FROM territorial_area WHERE level = 'CITY'", Long.class))
                .isEqualTo(MILAN_2011_POPULATION);

        mvc.perform(get("/api/demand").param("target", "P_RESIDENTS").param("level", "city")
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(MILAN_2011_POPULATION))
                .andExpect(jsonPath("$.period").value("2011"));
        mvc.perform(get("/api/sections/151460000001").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.population").value(14))
                .andExpect(jsonPath("$.neighbourhood_name").value("DUOMO"))
                .andExpect(jsonPath("$.census_area_code").value("1"));
    }

    @Test
    void reimportingTheSameCensusIsIdempotent() throws Exception {
        byte[] census = SharedData.bytes("istat2011_sections_milano.csv");
        upload("census", "istat2011_sections_milano.csv", census).andExpect(status().isCreated());
        long demandRows = jdbc.queryForObject("SELECT count(*) FROM demand", Long.class);
        upload("census", "istat2011_sections_milano.csv", census).andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM census_section", Integer.class)).isEqualTo(6017);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM demand", Long.class)).isEqualTo(demandRows);
        assertThat(demandTotal("P_RESIDENTS")).isEqualTo(MILAN_2011_POPULATION);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM import_batch", Integer.class)).isEqualTo(2);
    }

    @Test
    void importsFromTheCommandLine() throws Exception {
        command.run(new DefaultApplicationArguments("--import=areas", "--level=census-area",
                "--file=" + SharedData.milano("ace_2011/ACE_maggio_2011.shp")));
        command.run(new DefaultApplicationArguments("--import=census", "--period=2011",
                "--file=" + SharedData.milano("istat2011_sections_milano.csv")));

        assertThat(command.getExitCode()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM territorial_area WHERE level = 'CENSUS_AREA'",
                Integer.class)).isEqualTo(85);
        assertThat(demandTotal("P_RESIDENTS")).isEqualTo(MILAN_2011_POPULATION);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM census_section WHERE census_area_id IS NOT NULL",
                Integer.class)).isEqualTo(6017 - 78);
    }

    @Test
    void commandLineRefusesABadFileAndWritesNothing() throws Exception {
        var before = DatabaseCleaner.counts(jdbc);
        command.run(new DefaultApplicationArguments("--import=census",
                "--file=" + SharedData.milano("nil2013.geojson")));
        assertThat(command.getExitCode()).isEqualTo(2);
        assertThat(DatabaseCleaner.counts(jdbc)).isEqualTo(before);
    }

    private long demandTotal(String target) {
        return Math.round(jdbc.queryForObject(
                "SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id WHERE t.code = ?",
                Double.class, target));
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
