package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

class PrjCrsTest {

    @Test
    void recognisesTheRealPrjFiles() throws IOException {
        String ace = Files.readString(MilanoData.file("ace_2011/ACE_maggio_2011.prj"), StandardCharsets.ISO_8859_1);

        assertThat(PrjCrs.epsgOf(ace)).isEqualTo(3003);
        assertThat(PrjCrs.epsgOf("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"Degree\",0.017453292519943295]]")).isEqualTo(4326);
    }

    @Test
    void prefersTheTopLevelAuthorityOverNestedOnes() {
        String gdal = "PROJCS[\"WGS 84 / UTM zone 32N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
                + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0],"
                + "UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]],PROJECTION[\"Transverse_Mercator\"],"
                + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"32632\"]]";
        assertThat(PrjCrs.epsgOf(gdal)).isEqualTo(32632);

        String nestedOnly = "PROJCS[\"ETRS_1989_UTM_Zone_33N\",GEOGCS[\"GCS_ETRS_1989\",AUTHORITY[\"EPSG\",\"4258\"]],"
                + "UNIT[\"Meter\",1.0,AUTHORITY[\"EPSG\",\"9001\"]]]";
        assertThat(PrjCrs.epsgOf(nestedOnly)).isEqualTo(25833);

        assertThat(PrjCrs.epsgOf("PROJCRS[\"RDN2008 / UTM zone 32N (N-E)\",BASEGEOGCRS[\"RDN2008\",ID[\"EPSG\",6706]],"
                + "ID[\"EPSG\",7791]]")).isEqualTo(7791);
    }

    @Test
    void matchesWellKnownEsriAndEpsgNames() {
        assertThat(epsgOfName("WGS_1984_Web_Mercator_Auxiliary_Sphere")).isEqualTo(3857);
        assertThat(epsgOfName("WGS 84 / Pseudo-Mercator")).isEqualTo(3857);
        assertThat(epsgOfName("Monte_Mario_Italy_2")).isEqualTo(3004);
        assertThat(epsgOfName("Monte Mario / Italy zone 1")).isEqualTo(3003);
        assertThat(epsgOfName("WGS_1984_UTM_Zone_33N")).isEqualTo(32633);
        assertThat(epsgOfName("ETRS_1989_UTM_Zone_32N")).isEqualTo(25832);
        assertThat(epsgOfName("RDN2008_UTM_zone_33N")).isEqualTo(7792);
        assertThat(epsgOfName("ED_1950_UTM_Zone_32N")).isEqualTo(23032);
        assertThat(epsgOfName("ETRS89_LAEA")).isEqualTo(3035);
        assertThat(epsgOfName("Gauss_Boaga_Local_Grid")).isNull();
        assertThat(PrjCrs.epsgOf("")).isNull();
        assertThat(PrjCrs.epsgOf(null)).isNull();
    }

    private static Integer epsgOfName(String name) {
        return PrjCrs.epsgOf("PROJCS[\"" + name + "\",GEOGCS[\"GCS_X\"],PROJECTION[\"Transverse_Mercator\"]]");
    }
}
