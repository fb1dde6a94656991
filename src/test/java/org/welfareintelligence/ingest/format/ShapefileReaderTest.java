package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.welfareintelligence.ingest.format.GeoJsonReaderTest.catchInvalid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.welfareintelligence.ingest.format.ShapefileFixtures.Field;

class ShapefileReaderTest {

    private static final Path ACE_DIR = MilanoData.file("ace_2011");
    private static final String ACE = "ACE_maggio_2011";
    /** Area of the Comune di Milano, km² */
    private static final double MILAN_KM2 = 181.7;
    /**
     * Area the ACE 2011 polygons cover, km², as an independent shoelace sum over the .shp gives it: the file
     * leaves out part of the municipality (its western edge is near 9.07°E, Milan's near 9.04°E).
     */
    private static final double ACE_FILE_KM2 = 146.451;

    private final ShapefileReader reader = new ShapefileReader();

    @Test
    void readsTheCensusAreasFromADirectory() {
        FeatureSource ace = reader.read(ACE_DIR, ACE);

        assertThat(ace.fileName()).isEqualTo("ACE_maggio_2011.shp");
        assertThat(ace.srid()).isEqualTo(3003);
        assertThat(ace.fieldNames()).containsExactly("SUM_POP_20", "ACE");
        assertThat(ace.features()).hasSize(85);
        assertThat(ace.features()).extracting(f -> f.properties().get("ACE"))
                .doesNotHaveDuplicates().contains(1.0, 85.0);
        assertThat(ace.features().get(0).properties()).containsEntry("SUM_POP_20", 17156.0).containsEntry("ACE", 1.0);
        double population = ace.features().stream().mapToDouble(f -> (Double) f.properties().get("SUM_POP_20")).sum();
        assertThat(population).isEqualTo(1_300_184.0);
        assertThat(ace.features()).allSatisfy(f -> assertThat(f.geometry().isValid()).isTrue());
        double km2 = ace.features().stream().mapToDouble(f -> f.geometry().getArea()).sum() / 1e6;
        assertThat(km2).isCloseTo(ACE_FILE_KM2, withPercentage(0.1));
    }

    @Test
    void readsTheCensusAreasFromAZipWithAFolder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ace/", new byte[0]);
        for (String ext : List.of("shp", "shx", "dbf", "prj")) {
            entries.put("ace/" + ACE + "." + ext, Files.readAllBytes(ACE_DIR.resolve(ACE + "." + ext)));
        }
        entries.put("__MACOSX/ace/._" + ACE + ".shp", new byte[] {0, 5, 22, 7});
        byte[] zip = ShapefileFixtures.zip(entries);

        FeatureSource ace = reader.readZip("ace.zip", new ByteArrayInputStream(zip));

        assertThat(ace.fileName()).isEqualTo("ace.zip");
        assertThat(ace.srid()).isEqualTo(3003);
        assertThat(ace.features()).hasSize(85);
    }

    @Test
    void readsTheNilPolygonsOf2020FromTheOfficialZip() throws IOException {
        FeatureSource nil = readNilZip(MilanoData.bytes("nil2020_ds964.zip"));

        assertThat(nil.srid()).isEqualTo(4326);
        assertThat(nil.features()).hasSize(88);
        assertThat(nil.fieldNames()).startsWith("ID_NIL", "NIL").contains("Shape_Area", "OBJECTID");
        assertThat(nil.features().get(0).properties())
                .containsEntry("ID_NIL", 48L)
                .containsEntry("NIL", "RONCHETTO SUL NAVIGLIO - Q.RE LODOVICO IL MORO")
                .containsEntry("Valido_al", "Vigente")
                .containsEntry("Shape_Area", 2406306.078969871625304);
        assertThat(nil.features()).extracting(f -> f.properties().get("ID_NIL")).doesNotHaveDuplicates();
        Envelope milan = new Envelope(9.0, 9.3, 45.35, 45.56);
        assertThat(nil.features()).allSatisfy(f -> {
            assertThat(f.geometry()).isInstanceOfAny(Polygon.class, MultiPolygon.class);
            assertThat(f.geometry().isValid()).isTrue();
            assertThat(milan.covers(f.geometry().getEnvelopeInternal())).isTrue();
        });
        // metres per degree at Milan's latitude: good enough to check the total area within a few per cent
        AffineTransformation toMetres = AffineTransformation.scaleInstance(111_320 * Math.cos(Math.toRadians(45.46)), 111_132);
        double km2 = nil.features().stream().mapToDouble(f -> toMetres.transform(f.geometry()).getArea()).sum() / 1e6;
        assertThat(km2).isCloseTo(MILAN_KM2, withPercentage(3));
    }

    @Test
    void readsAGzippedZip() throws IOException {
        FeatureSource nil = readNilZip(MilanoData.gzip(MilanoData.bytes("nil2020_ds964.zip")));

        assertThat(nil.features()).hasSize(88);
    }

    @Test
    void assignsHolesToTheShellThatContainsThem() {
        double[][] bigShell = {{0, 0}, {0, 10}, {10, 10}, {10, 0}, {0, 0}};      // clockwise
        double[][] smallShell = {{20, 0}, {20, 2}, {22, 2}, {22, 0}, {20, 0}};  // clockwise
        double[][] holeOfSmall = {{20.5, 0.5}, {21.5, 0.5}, {21.5, 1.5}, {20.5, 1.5}, {20.5, 0.5}};
        double[][] holeOfBig = {{2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}};
        byte[] shp = ShapefileFixtures.polygonShp(Arrays.asList(
                List.of(holeOfSmall, bigShell, holeOfBig, smallShell),
                List.<double[][]>of(bigShell),
                null));

        FeatureSource source = readParts(shp, dbf(3), null);

        MultiPolygon two = (MultiPolygon) source.features().get(0).geometry();
        assertThat(two.getNumGeometries()).isEqualTo(2);
        assertThat(two.isValid()).isTrue();
        assertThat(two.getArea()).isEqualTo(100 - 4 + 4 - 1);
        assertThat(((Polygon) two.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(source.features().get(1).geometry()).isInstanceOf(Polygon.class);
        assertThat(source.features().get(2).geometry()).isNull();
    }

    @Test
    void readsDbfTypesSkipsDeletedRecordsAndHonoursTheCpg() {
        List<Field> fields = List.of(new Field("NAME", 'C', 12, 0), new Field("POP", 'N', 8, 0),
                new Field("SHARE", 'N', 8, 3), new Field("OPEN", 'L', 1, 0), new Field("SINCE", 'D', 8, 0));
        byte[] dbf = ShapefileFixtures.dbf(fields, List.of(
                new String[] {"Città Studi", "1200", "0.125", "Y", "20200131"},
                new String[] {"*DELETED*"},
                new String[] {"", "", "", "?", ""}), StandardCharsets.UTF_8, 0);
        byte[] shp = ShapefileFixtures.polygonShp(Arrays.asList(null, null, null));

        FeatureSource source = readParts(shp, dbf, "UTF-8");

        assertThat(source.features()).extracting(SourceFeature::index).containsExactly(1, 3);
        assertThat(source.features().get(0).properties()).containsExactly(Map.entry("NAME", "Città Studi"),
                Map.entry("POP", 1200L), Map.entry("SHARE", 0.125), Map.entry("OPEN", true),
                Map.entry("SINCE", "2020-01-31"));
        assertThat(source.features().get(1).properties()).containsOnlyKeys("NAME", "POP", "SHARE", "OPEN", "SINCE")
                .allSatisfy((name, value) -> assertThat(value).isNull());
    }

    @Test
    void decodesLatin1WithoutCpgAndWindows1252FromTheLanguageDriver() {
        List<Field> fields = List.of(new Field("NAME", 'C', 12, 0));
        List<String[]> rows = List.<String[]>of(new String[] {"Città"});
        byte[] shp = ShapefileFixtures.polygonShp(Arrays.asList((List<double[][]>) null));

        byte[] latin1 = ShapefileFixtures.dbf(fields, rows, StandardCharsets.ISO_8859_1, 0);
        assertThat(readParts(shp, latin1, null).features().get(0).properties()).containsEntry("NAME", "Città");
        byte[] ansi = ShapefileFixtures.dbf(fields, List.<String[]>of(new String[] {"€ 5"}),
                Charset.forName("windows-1252"), 0x57);
        assertThat(readParts(shp, ansi, null).features().get(0).properties()).containsEntry("NAME", "€ 5");
        assertThat(readParts(shp, ansi, "1252").features().get(0).properties()).containsEntry("NAME", "€ 5");
    }

    @Test
    void reportsATruncatedShpWithTheRecordNumber() throws IOException {
        byte[] shp = Files.readAllBytes(ACE_DIR.resolve(ACE + ".shp"));
        byte[] shx = Files.readAllBytes(ACE_DIR.resolve(ACE + ".shx"));
        int record10 = 2 * ByteBuffer.wrap(shx).getInt(100 + 8 * 9);
        byte[] cut = Arrays.copyOf(shp, record10 + 30);

        InvalidInputException e = catchInvalid(() -> readParts(cut, dbf(85), null));

        assertThat(e.getMessage()).isEqualTo("t.zip/t.shp, record 10: the file is truncated inside this record");
        byte[] cutBetweenRecords = Arrays.copyOf(shp, record10);
        assertThat(catchInvalid(() -> readParts(cutBetweenRecords, dbf(85), null)).getMessage())
                .startsWith("t.zip/t.shp, record 10: the file is truncated: the header announces 108556 bytes");
    }

    @Test
    void reportsBadShpContent() {
        byte[] shp = ShapefileFixtures.polygonShp(List.of(List.<double[][]>of(new double[][] {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}})));
        byte[] badCode = shp.clone();
        badCode[3] = 1;
        assertThat(catchInvalid(() -> readParts(badCode, dbf(1), null)).getMessage())
                .isEqualTo("t.zip/t.shp, header: not a Shapefile: the file code is 9985, expected 9994");

        byte[] unclosed = ShapefileFixtures.polygonShp(List.of(
                List.<double[][]>of(new double[][] {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0.5, 0}})));
        assertThat(catchInvalid(() -> readParts(unclosed, dbf(1), null)).getMessage())
                .isEqualTo("t.zip/t.shp, record 1: bad record: ring 1 not closed: its last point must repeat the first");

        byte[] tooManyPoints = shp.clone();
        ByteBuffer.wrap(tooManyPoints).order(ByteOrder.LITTLE_ENDIAN).putInt(108 + 40, 5000);
        assertThat(catchInvalid(() -> readParts(tooManyPoints, dbf(1), null)).getMessage())
                .isEqualTo("t.zip/t.shp, record 1: bad record: 1 parts and 5000 points do not fit in the record");
    }

    @Test
    void refusesRecordCountsThatDisagree() {
        byte[] shp = ShapefileFixtures.polygonShp(Arrays.asList(null, null));

        assertThat(catchInvalid(() -> readParts(shp, dbf(3), null)).getMessage())
                .isEqualTo("t.zip: the .shp has 2 records but the .dbf has 3: the files do not belong together");
    }

    @Test
    void refusesZipsWithoutExactlyOneShapefile() {
        byte[] none = ShapefileFixtures.zip(Map.of("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(catchInvalid(() -> reader.readZip("none.zip", new ByteArrayInputStream(none))).getMessage())
                .isEqualTo("none.zip: the zip holds no .shp file: a Shapefile upload needs the .shp, .shx and .dbf files zipped together");

        byte[] two = ShapefileFixtures.zip(Map.of("a.shp", new byte[0], "b/B.SHP", new byte[0]));
        assertThat(catchInvalid(() -> reader.readZip("two.zip", new ByteArrayInputStream(two))).getMessage())
                .startsWith("two.zip: the zip holds 2 .shp files (").endsWith("): upload one Shapefile per zip");

        byte[] noDbf = ShapefileFixtures.zip(Map.of("a.shp", ShapefileFixtures.polygonShp(List.of())));
        assertThat(catchInvalid(() -> reader.readZip("nodbf.zip", new ByteArrayInputStream(noDbf))).getMessage())
                .isEqualTo("nodbf.zip: the .dbf file is missing: a Shapefile needs the .shp, .shx and .dbf files");
    }

    @Test
    void reportsBadDbfValuesWithRecordAndField() {
        byte[] dbf = ShapefileFixtures.dbf(List.of(new Field("POP", 'N', 6, 0)),
                List.<String[]>of(new String[] {"12"}, new String[] {"12a"}), StandardCharsets.US_ASCII, 0);

        assertThat(catchInvalid(() -> readParts(ShapefileFixtures.polygonShp(Arrays.asList(null, null)), dbf, null))
                .getMessage()).isEqualTo("t.zip/t.dbf, record 2, field POP: \"12a\" is not a valid number");
    }

    private FeatureSource readNilZip(byte[] zip) {
        return reader.readZip("nil2020_ds964.zip", new ByteArrayInputStream(zip));
    }

    /** Zips a .shp and .dbf (and a .cpg when given) as t.shp, t.dbf, t.cpg and reads them. */
    private FeatureSource readParts(byte[] shp, byte[] dbf, String cpg) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("t.shp", shp);
        entries.put("t.dbf", dbf);
        if (cpg != null) {
            entries.put("t.cpg", cpg.getBytes(StandardCharsets.US_ASCII));
        }
        try (InputStream in = new ByteArrayInputStream(ShapefileFixtures.zip(entries))) {
            return reader.readZip("t.zip", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-column table with the given number of records. */
    private static byte[] dbf(int records) {
        List<String[]> rows = IntStream.rangeClosed(1, records)
                .mapToObj(i -> new String[] {Integer.toString(i)}).toList();
        return ShapefileFixtures.dbf(List.of(new Field("ID", 'N', 4, 0)), rows, StandardCharsets.US_ASCII, 0);
    }
}
