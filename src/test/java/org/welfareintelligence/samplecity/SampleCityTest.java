package org.welfareintelligence.samplecity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.support.MvtSummary;
import org.welfareintelligence.support.SampleCityApiTest;
import org.welfareintelligence.support.SampleCityFixture;

/** The committed synthetic sample city, loaded through the importers, and the read API and tiles over it. */
class SampleCityTest extends SampleCityApiTest {

    @Test
    void holdsAMilanSizedCityWithDemandForEveryTarget() {
        assertThat(count("SELECT count(*) FROM census_section WHERE geom IS NOT NULL")).isBetween(5900L, 6100L);
        assertThat(count("SELECT count(*) FROM territorial_area WHERE level = 'MUNICIPIO'")).isEqualTo(9);
        assertThat(count("SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD'")).isBetween(80L, 95L);
        assertThat(count("SELECT sum(population) FROM census_section")).isBetween(1_250_000L, 1_400_000L);
        assertThat(count("SELECT count(*) FROM facility")).isGreaterThanOrEqualTo(1000);
        assertThat(count("SELECT count(DISTINCT st.code) FROM facility_service fs "
                + "JOIN service_type st ON st.id = fs.service_type_id")).isEqualTo(30);
        assertThat(count("SELECT count(DISTINCT target_id) FROM demand")).isEqualTo(111);
        assertThat(count("SELECT count(*) FROM target t WHERE NOT EXISTS "
                + "(SELECT 1 FROM demand d WHERE d.target_id = t.id AND d.value > 0)")).isZero();
        // every section sits in a neighbourhood, every neighbourhood in a municipio, every facility in a section
        assertThat(count("SELECT count(*) FROM census_section WHERE geom IS NOT NULL AND neighbourhood_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM territorial_area WHERE level = 'NEIGHBOURHOOD' AND parent_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM facility WHERE section_id IS NULL")).isZero();
        assertThat(count("SELECT count(*) FROM census_section WHERE NOT ST_IsValid(geom)")).isZero();
        // labelled synthetic at the source
        assertThat(count("SELECT count(*) FROM import_batch WHERE NOT synthetic")).isZero();
        assertThat(count("SELECT sum(population) FROM territorial_area WHERE level = 'CITY'"))
                .isEqualTo(count("SELECT sum(population) FROM census_section"));
    }

    @Test
    void territoriesAsGeoJsonWithSimplificationAndBbox() throws Exception {
        mvc.perform(get("/api/territories/municipio"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features", hasSize(9)))
                .andExpect(jsonPath("$.features[0].properties.population").value(greaterThan(10_000)));
        String detailed = mvc.perform(get("/api/territories/section").param("zoom", "17").with(user()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String coarse = mvc.perform(get("/api/territories/section").param("zoom", "11").with(user()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coarse.length()).isLessThan(detailed.length());
        mvc.perform(get("/api/territories/section").param("bbox", "9.185,45.460,9.195,45.468").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(greaterThan(5)));
        mvc.perform(get("/api/territories/section").with(user()).param("bbox", "9.185,45.460,9.195,45.468"))
                .andExpect(jsonPath("$.features.length()").value(org.hamcrest.Matchers.lessThan(1000)));
        mvc.perform(get("/api/territories/section").param("bbox", "1,2,3"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/territories/section").param("bbox", "1,2,3").with(user()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("4 numbers")));
    }

    @Test
    void demandPerUnitAddsUpToTheCity() throws Exception {
        double city = Double.parseDouble(jdbc.queryForObject("""
                SELECT sum(d.value) FROM demand d JOIN target t ON t.id = d.target_id
                WHERE t.code = 'P_ELDERLY_75_PLUS' AND d.period = (SELECT max(period) FROM demand)""", String.class));
        mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "city").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(city));
        // municipi hold the people of placed sections; ISTAT-style placeholder rows count for the city only
        double placed = Double.parseDouble(jdbc.queryForObject("""
                SELECT round(sum(d.value)::numeric, 2) FROM demand d JOIN target t ON t.id = d.target_id
                JOIN census_section s ON s.id = d.section_id
                WHERE t.code = 'P_ELDERLY_75_PLUS' AND s.neighbourhood_id IS NOT NULL
                  AND d.period = (SELECT max(period) FROM demand)""", String.class));
        assertThat(placed).isLessThan(city);
        mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "municipio").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.units", hasSize(9)))
                .andExpect(jsonPath("$.total").value(placed));
        mvc.perform(get("/api/demand").param("target", "P_ELDERLY_75_PLUS").param("level", "section")
                        .param("format", "csv").with(user()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("code,name,target,period,value,population")));
        mvc.perform(get("/api/demand").param("target", "NO_SUCH").with(user()))
                .andExpect(status().isNotFound());
    }

    @Test
    void sectionDetailsAndItsDemand() throws Exception {
        String code = jdbc.queryForObject(
                "SELECT code FROM census_section WHERE population > 100 ORDER BY code LIMIT 1", String.class);
        mvc.perform(get("/api/sections/" + code).with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.municipio_code").exists())
                .andExpect(jsonPath("$.synthetic").value(true));
        mvc.perform(get("/api/sections/" + code + "/demand").with(user()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(111)))
                .andExpect(jsonPath("$[0].formula").exists());
        mvc.perform(get("/api/sections/000000000000").with(user()))
                .andExpect(status().isNotFound());
    }

    @Test
    void facilitiesFilteredByServiceTypeOrganisationAndBbox() throws Exception {
        long nurseries = count("SELECT count(DISTINCT fs.facility_id) FROM facility_service fs "
                + "JOIN service_type st ON st.id = fs.service_type_id WHERE st.code = 'NURSERY'");
        mvc.perform(get("/api/facilities").param("serviceType", "NURSERY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features", hasSize((int) nurseries)))
                .andExpect(jsonPath("$.features[0].properties.services[0].serviceType").exists());
        String organisation = jdbc.queryForObject("SELECT o.code FROM organisation o JOIN facility f "
                + "ON f.organisation_id = o.id GROUP BY o.code ORDER BY count(*) DESC, o.code LIMIT 1", String.class);
        long operated = count("SELECT count(*) FROM facility f JOIN organisation o ON o.id = f.organisation_id "
                + "WHERE o.code = '" + organisation + "'");
        mvc.perform(get("/api/facilities").param("organisation", organisation))
                .andExpect(jsonPath("$.features", hasSize((int) operated)));
        mvc.perform(get("/api/facilities").param("bbox", "9.18,45.45,9.20,45.47"))
                .andExpect(jsonPath("$.features.length()").value(org.hamcrest.Matchers.lessThan((int) count(
                        "SELECT count(*) FROM facility"))));
        mvc.perform(get("/api/service-types")).andExpect(jsonPath("$", hasSize(30)));
        mvc.perform(get("/api/targets")).andExpect(jsonPath("$", hasSize(111)))
                .andExpect(jsonPath("$[0].kind").value("PERSON"));
    }

    @Test
    void sectionVectorTileOverCentralMilanCarriesTheTargetValue() throws Exception {
        // z13 tile holding the Duomo (9.19 E, 45.464 N)
        byte[] tile = mvc.perform(get("/tiles/sections/13/4305/2931.mvt").param("target", "P_ELDERLY_75_PLUS")
                        .with(user()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.mapbox-vector-tile"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(tile.length).isGreaterThan(1000);
        String strings = new String(tile, StandardCharsets.ISO_8859_1);
        assertThat(strings).contains("sections").contains("value").contains("population").contains("code");
        assertThat(MvtSummary.featureCount(tile)).isGreaterThan(50);

        byte[] facilities = mvc.perform(get("/tiles/facilities/13/4305/2931.mvt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(MvtSummary.featureCount(facilities)).isGreaterThan(0);
        mvc.perform(get("/tiles/sections/13/99999/2928.mvt").with(user())).andExpect(status().isBadRequest());
        mvc.perform(get("/tiles/sections/13/4305/2931.mvt")).andExpect(status().isUnauthorized());
    }

    @Test
    void reloadingTheSampleIsIdempotent() {
        long sections = count("SELECT count(*) FROM census_section");
        long demand = count("SELECT count(*) FROM demand");
        long facilities = count("SELECT count(*) FROM facility");
        loader.load(SampleCityFixture.directory());
        assertThat(count("SELECT count(*) FROM census_section")).isEqualTo(sections);
        assertThat(count("SELECT count(*) FROM demand")).isEqualTo(demand);
        assertThat(count("SELECT count(*) FROM facility")).isEqualTo(facilities);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user() {
        return httpBasic("admin", "admin");
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
