package org.welfareintelligence.samplecity.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.welfareintelligence.samplecity.generator.GeoJsonFiles.Feature;

/** Generates a small city (600 sections) and checks the files it writes. */
class SampleCityGeneratorTest {

    private static final long SEED = 42;
    private static final int SECTIONS = 600;

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    @BeforeAll
    static void generateTwice() throws IOException {
        SampleCityFiles.write(SampleCityGenerator.generate(SEED, SECTIONS), first);
        SampleCityFiles.write(SampleCityGenerator.generate(SEED, SECTIONS), second);
    }

    @Test
    void sameSeedGivesByteIdenticalFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(first)) {
            files = listing.sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "README.md", "census-sections-2016.csv.gz", "census-sections-2021.csv.gz", "census-sections.csv.gz",
                "facilities.geojson", "facility-services.csv", "municipi.geojson", "nil.geojson", "occupancy.csv",
                "organisations.csv", "sections.geojson.gz", "supply-timeline.csv");
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
                    .as(file.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void anotherSeedGivesAnotherCity(@TempDir Path other) throws IOException {
        SampleCityFiles.write(SampleCityGenerator.generate(SEED + 1, SECTIONS), other);
        assertThat(Files.readAllBytes(other.resolve("nil.geojson"))).isNotEqualTo(Files.readAllBytes(first.resolve("nil.geojson")));
    }

    @Test
    void polygonsAreValidAndEachLevelTilesTheOneAbove() throws IOException {
        List<Feature> municipi = GeoJsonFiles.features(first.resolve("municipi.geojson"));
        List<Feature> nil = GeoJsonFiles.features(first.resolve("nil.geojson"));
        List<Feature> sections = GeoJsonFiles.features(first.resolve("sections.geojson.gz"));

        assertThat(municipi).hasSize(9);
        assertThat(municipi).extracting(f -> f.property("MUNICIPIO")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(sections).hasSize(SECTIONS);
        for (Feature f : concat(municipi, nil, sections)) {
            assertThat(f.geometry().isValid()).as("valid %s", f.properties()).isTrue();
            assertThat(f.geometry().isEmpty()).isFalse();
            assertThat(f.geometry().getGeometryType()).isIn("Polygon", "MultiPolygon");
            assertThat(f.properties().get("SYNTHETIC").asBoolean()).isTrue();
        }

        assertTiles(municipi, "MUNICIPIO", nil, "MUNICIPIO");
        assertTiles(nil, "ID_NIL", sections, "ID_NIL");
        double cityArea = municipi.stream().mapToDouble(f -> f.geometry().getArea()).sum();
        assertThat(cityArea * LocalPlane.SQUARE_METRES_PER_SQUARE_DEGREE / 1e6).isCloseTo(181.67, within(0.5));
    }

    @Test
    void everySectionLiesInExactlyOneNeighbourhood() throws IOException {
        List<Feature> nil = GeoJsonFiles.features(first.resolve("nil.geojson"));
        STRtree index = new STRtree();
        for (Feature n : nil) {
            index.insert(n.geometry().getEnvelopeInternal(), n);
        }
        for (Feature s : GeoJsonFiles.features(first.resolve("sections.geojson.gz"))) {
            Point inside = s.geometry().getInteriorPoint();
            @SuppressWarnings("unchecked")
            List<Feature> candidates = index.query(inside.getEnvelopeInternal());
            List<Feature> containing = candidates.stream().filter(n -> n.geometry().covers(inside)).toList();
            assertThat(containing).as(s.property("SEZ2011")).hasSize(1);
            Feature owner = containing.get(0);
            assertThat(owner.property("ID_NIL")).isEqualTo(s.property("ID_NIL"));
            double shared = owner.geometry().intersection(s.geometry()).getArea();
            assertThat(shared / s.geometry().getArea()).as(s.property("SEZ2011")).isGreaterThan(0.999);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"census-sections.csv.gz", "census-sections-2016.csv.gz", "census-sections-2021.csv.gz"})
    void censusRowsAreInternallyConsistent(String census) throws IOException {
        List<String[]> rows = GeoJsonFiles.csv(first.resolve(census));
        assertThat(String.join(";", rows.get(0))).isEqualTo(String.join(";", CensusRow.COLUMNS));
        assertThat(rows).hasSize(1 + SECTIONS + 3);
        long residents = 0;
        for (String[] cells : rows.subList(1, rows.size())) {
            Map<String, Integer> r = new HashMap<>();
            for (int i = CensusRow.FIRST_COUNT; i < cells.length; i++) {
                if (!cells[i].isEmpty()) {
                    int value = (int) Double.parseDouble(cells[i]);
                    assertThat(value).as(CensusRow.COLUMNS.get(i)).isGreaterThanOrEqualTo(0);
                    r.put(CensusRow.COLUMNS.get(i), value);
                }
            }
            String code = cells[0];
            assertThat(code).hasSize(12).startsWith("99146");
            assertThat(r.get("P1")).as(code).isEqualTo(r.get("P2") + r.get("P3")).isEqualTo(sum(r, "P", 14, 29));
            assertThat(r.get("P2")).as(code).isEqualTo(sum(r, "P", 30, 45));
            assertThat(r.get("P1")).as(code).isEqualTo(sum(r, "P", 4, 8));
            assertThat(r.get("P46")).as(code).isEqualTo(sum(r, "P", 47, 52));
            assertThat(r.get("P60") + r.get("P128")).as(code).isEqualTo(r.get("P1") - sum(r, "P", 14, 16));
            assertThat(r.get("ST1")).as(code).isEqualTo(sum(r, "ST", 3, 5)).isEqualTo(r.get("ST14") + r.get("ST15")).isLessThanOrEqualTo(r.get("P1"));
            assertThat(r.get("PF1")).as(code).isEqualTo(sum(r, "PF", 3, 8));
            int members = r.get("PF3") + 2 * r.get("PF4") + 3 * r.get("PF5") + 4 * r.get("PF6") + 5 * r.get("PF7") + r.get("PF9");
            assertThat(r.get("PF2")).as(code).isEqualTo(members).isLessThanOrEqualTo(r.get("P1"));
            assertThat(r.get("PF9")).as(code).isGreaterThanOrEqualTo(6 * r.get("PF8"));
            assertThat(r.get("E2")).as(code).isEqualTo(r.get("E3") + r.get("E4")).isLessThanOrEqualTo(r.get("E1"));
            for (int band = 14; band <= 29; band++) {
                assertThat(r.get("P" + (band + 16))).as(code).isLessThanOrEqualTo(r.get("P" + band));
            }
            if (!code.substring(5).startsWith("888888")) {
                assertThat(r.get("A46") + r.get("A47") + r.get("A48")).as(code).isEqualTo(r.get("PF1"));
                assertThat(sum(r, "E", 28, 31)).as(code).isEqualTo(r.get("E3"));
            }
            residents += r.get("P1");
        }
        assertThat(residents / (double) SECTIONS).isBetween(200.0, 240.0);
    }

    private static int sum(Map<String, Integer> row, String prefix, int from, int to) {
        int s = 0;
        for (int i = from; i <= to; i++) {
            s += row.get(prefix + i);
        }
        return s;
    }

    /** The children of each parent cover it (areas within 0.5%) and do not overlap one another. */
    static void assertTiles(List<Feature> parents, String parentKey, List<Feature> children, String childParentKey) {
        Map<String, Double> childArea = new HashMap<>();
        for (Feature c : children) {
            childArea.merge(c.property(childParentKey), c.geometry().getArea(), Double::sum);
        }
        for (Feature p : parents) {
            String code = p.property(parentKey);
            Geometry union = UnaryUnionOp.union(children.stream().filter(c -> code.equals(c.property(childParentKey)))
                    .map(Feature::geometry).toList());
            double area = p.geometry().getArea();
            assertThat(childArea.get(code)).as("children of %s", code).isCloseTo(area, within(area * 0.005));
            assertThat(union.getArea()).as("union of children of %s", code).isCloseTo(area, within(area * 0.005));
        }
    }

    @SafeVarargs
    private static List<Feature> concat(List<Feature>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
