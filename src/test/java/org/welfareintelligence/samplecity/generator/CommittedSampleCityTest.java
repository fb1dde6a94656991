package org.welfareintelligence.samplecity.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.welfareintelligence.samplecity.generator.GeoJsonFiles.Feature;

/** Checks the sample city committed in data-samples/milano-synthetic (tests run from the project root). */
class CommittedSampleCityTest {

    private static final Path DIR = Path.of("data-samples", "milano-synthetic");

    @Test
    void territoryHasMilanSize() throws IOException {
        List<Feature> municipi = GeoJsonFiles.features(DIR.resolve("municipi.geojson"));
        List<Feature> nil = GeoJsonFiles.features(DIR.resolve("nil.geojson"));
        List<Feature> sections = GeoJsonFiles.features(DIR.resolve("sections.geojson.gz"));
        assertThat(municipi).hasSize(9);
        assertThat(nil).hasSizeBetween(80, 95);
        assertThat(nil).extracting(f -> f.property("NIL")).doesNotHaveDuplicates();
        assertThat(sections).hasSizeBetween(5_900, 6_100);
        assertThat(sections).extracting(f -> f.property("SEZ2011")).doesNotHaveDuplicates().allMatch(c -> c.matches("99146\\d{7}"));
        assertThat(sections).allMatch(f -> f.geometry().isValid());
        SampleCityGeneratorTest.assertTiles(municipi, "MUNICIPIO", nil, "MUNICIPIO");
        SampleCityGeneratorTest.assertTiles(nil, "ID_NIL", sections, "ID_NIL");
    }

    @Test
    void censusHasMilanPopulation() throws IOException {
        List<String[]> rows = GeoJsonFiles.csv(DIR.resolve("census-sections.csv.gz"));
        int p1 = CensusRow.COLUMNS.indexOf("P1");
        long residents = rows.subList(1, rows.size()).stream().mapToLong(r -> Long.parseLong(r[p1])).sum();
        assertThat(residents).isBetween(1_250_000L, 1_400_000L);
        assertThat(rows.get(rows.size() - 1)[CensusRow.COLUMNS.indexOf("NSEZ")]).startsWith("888888");
    }

    @Test
    void facilitiesCoverEveryServiceTypeAndKnownOrganisations() throws IOException {
        List<Feature> facilities = GeoJsonFiles.features(DIR.resolve("facilities.geojson"));
        assertThat(facilities).hasSizeGreaterThanOrEqualTo(1_000);
        assertThat(facilities).allMatch(f -> f.geometry().getGeometryType().equals("Point"));
        assertThat(facilities).extracting(f -> f.property("status")).allMatch(s -> Set.of("OPEN", "PLANNED", "SUSPENDED", "CLOSED").contains(s));

        Set<String> organisations = GeoJsonFiles.csv(DIR.resolve("organisations.csv")).stream().skip(1)
                .map(r -> r[0]).collect(Collectors.toSet());
        assertThat(organisations).hasSizeBetween(200, 300);
        assertThat(facilities).extracting(f -> f.property("organisation_code")).allMatch(organisations::contains);

        List<String[]> services = GeoJsonFiles.csv(DIR.resolve("facility-services.csv"));
        assertThat(String.join(";", services.get(0))).isEqualTo("facility_code;service_type;capacity_places;staff_fte;targets");
        Set<String> types = services.stream().skip(1).map(r -> r[1]).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                SupplyNetwork.SERVICES.stream().map(SupplyNetwork.ServiceSpec::code).toList());
        Set<String> facilityCodes = facilities.stream().map(f -> f.property("code")).collect(Collectors.toSet());
        assertThat(services.stream().skip(1).map(r -> r[0])).allMatch(facilityCodes::contains);
    }

    @Test
    void readmeDeclaresTheCitySynthetic() throws IOException {
        assertThat(Files.readAllLines(DIR.resolve("README.md")).get(0)).contains("SYNTHETIC");
    }
}
