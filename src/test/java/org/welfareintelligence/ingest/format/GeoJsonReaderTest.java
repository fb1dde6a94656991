package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class GeoJsonReaderTest {

    private static final Envelope MILAN_LON_LAT = new Envelope(9.0, 9.3, 45.35, 45.56);

    private final GeoJsonReader reader = new GeoJsonReader();

    @Test
    void readsTheNilPolygonsOf2013() throws IOException {
        FeatureSource nil = readFile("nil2013.geojson");

        assertThat(nil.srid()).isEqualTo(4326);
        assertThat(nil.features()).hasSize(88);
        assertThat(nil.fieldNames()).containsExactly("FID_1", "FID_1_1", "IDquartiere", "quartiere", "AreaHA", "AreaMQ");
        SourceFeature sacco = nil.features().get(0);
        assertThat(sacco.index()).isEqualTo(1);
        assertThat(sacco.properties()).containsEntry("IDquartiere", 74L).containsEntry("quartiere", "SACCO")
                .containsEntry("AreaHA", 70.84658);
        assertThat(nil.features()).allSatisfy(feature -> {
            assertThat(feature.geometry()).isInstanceOf(Polygon.class);
            assertThat(feature.geometry().isValid()).isTrue();
            assertThat(MILAN_LON_LAT.covers(feature.geometry().getEnvelopeInternal())).isTrue();
        });
    }

    @Test
    void readsTheNineZonesWithoutCrsMemberAsWgs84() throws IOException {
        FeatureSource zones = readFile("zones9_2013.geojson");

        assertThat(zones.srid()).isEqualTo(4326);
        assertThat(zones.features()).extracting(f -> f.properties().get("ZONADEC"))
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    }

    @Test
    void readsSchoolPointsAndTheirPupils() throws IOException {
        FeatureSource schools = readFile("schools_2016.geojson");

        assertThat(schools.features()).hasSize(324);
        Point first = (Point) schools.features().get(0).geometry();
        assertThat(first.getX()).isEqualTo(9.1076737);
        assertThat(first.getY()).isEqualTo(45.45614279999999);
        assertThat(schools.features().get(0).properties()).containsEntry("CODSCUOLA", "MIEE8D001X");
        long pupils = schools.features().stream().mapToLong(f -> (Long) f.properties().get("ALUNNI")).sum();
        assertThat(pupils).isEqualTo(92_456);
    }

    @Test
    void readsLibrariesWithDottedPropertyNames() throws IOException {
        FeatureSource libraries = readFile("libraries.geojson");

        assertThat(libraries.features()).hasSize(143);
        assertThat(libraries.features().get(0).properties()).containsEntry("codiceIsil", "IT-MI0171")
                .containsEntry("denominazioni.ufficiale",
                        "Biblioteca Scuola e quartiere dell'Istituto salesiano S. Ambrogio");
    }

    @Test
    void readsGzippedInput() throws IOException {
        byte[] gzipped = MilanoData.gzip(MilanoData.bytes("nil2013.geojson"));

        FeatureSource nil = reader.read("nil2013.geojson.gz", new ByteArrayInputStream(gzipped));

        assertThat(nil.features()).hasSize(88);
    }

    @Test
    void honoursLegacyCrsNames() {
        assertThat(srid("urn:ogc:def:crs:OGC:1.3:CRS84")).isEqualTo(4326);
        assertThat(srid("EPSG:3003")).isEqualTo(3003);
        assertThat(srid("urn:ogc:def:crs:EPSG::32632")).isEqualTo(32632);
        assertThat(srid("http://www.opengis.net/def/crs/EPSG/0/25832")).isEqualTo(25832);
        assertThat(srid("LOCAL_GRID_7")).isNull();
    }

    private Integer srid(String crsName) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[],"
                + "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crsName + "\"}}}";
        return read("crs.geojson", json).srid();
    }

    @Test
    void readsEveryGeometryTypeIn2D() {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":[1,2,99]}},
                 {"type":"Feature","properties":null,"geometry":{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}},
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}},
                 {"type":"Feature","geometry":{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[2,2],[3,3]]]}},
                 {"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[
                   [[[0,0],[10,0],[10,10],[0,10],[0,0]],[[2,2],[2,4],[4,4],[4,2],[2,2]]],
                   [[[20,0],[21,0],[21,1],[20,0]]]]}},
                 {"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[
                   {"type":"Point","coordinates":[5,5]},{"type":"LineString","coordinates":[[0,0],[0,1]]}]}},
                 {"type":"Feature","properties":{"n":null,"ok":true,"tags":["a"]},"geometry":null}
                ]}""";

        FeatureSource source = read("all.geojson", json);

        assertThat(source.features()).extracting(f -> f.geometry() == null ? null : f.geometry().getGeometryType())
                .containsExactly("Point", "MultiPoint", "LineString", "MultiLineString", "MultiPolygon",
                        "GeometryCollection", null);
        assertThat(source.features().get(0).geometry().getCoordinate().getZ()).isNaN();
        MultiPolygon multiPolygon = (MultiPolygon) source.features().get(4).geometry();
        assertThat(multiPolygon.getArea()).isEqualTo(100 - 4 + 0.5);
        assertThat(source.features().get(6).properties()).containsEntry("n", null).containsEntry("ok", true)
                .containsEntry("tags", "[\"a\"]");
        assertThat(source.fieldNames()).containsExactly("n", "ok", "tags");
    }

    @Test
    void readsASingleFeature() {
        FeatureSource source = read("one.geojson", """
                {"properties":{"name":"Duomo"},"type":"Feature","geometry":{"type":"Point","coordinates":[9.19,45.46]}}""");

        assertThat(source.features()).singleElement().satisfies(feature -> {
            assertThat(feature.index()).isEqualTo(1);
            assertThat(feature.properties()).containsEntry("name", "Duomo");
            assertThat(feature.geometry().getCoordinate().x).isEqualTo(9.19);
        });
    }

    @Test
    void reportsMalformedJsonWithFeatureAndLine() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null},\n"
                + "{\"type\":\"Feature\",\"properties\":{\"a\":1,,},\"geometry\":null}]}";

        assertThatThrownBy(() -> read("bad.geojson", json))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("bad.geojson, feature 2: malformed JSON at line 3, column 39: Unexpected character");
    }

    @Test
    void reportsATruncatedFile() throws IOException {
        byte[] whole = MilanoData.bytes("schools_2016.geojson");
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> reader.read("schools.geojson", new ByteArrayInputStream(cut)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageMatching("schools\\.geojson, feature 1\\d\\d: the file is truncated: it ends at line \\d+.*");
    }

    @Test
    void reportsGeometryErrorsWithTheFeature() {
        assertThat(geometryError("{\"coordinates\":[1,2]}"))
                .isEqualTo("g.geojson, feature 2, field geometry: geometry has no type");
        assertThat(geometryError("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}"))
                .isEqualTo("g.geojson, feature 2, field geometry: ring 1 has 3 positions: a polygon ring needs at least 4");
        assertThat(geometryError("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1]]]}"))
                .isEqualTo("g.geojson, feature 2, field geometry: ring 1 not closed: its last position must repeat the first");
        assertThat(geometryError("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                + "[[[0,0],[1,0],[1,1],[0,0]],[[0,0],[1,0],[1,1],[0,1]]]]}"))
                .contains("polygon 2, ring 2 not closed");
        assertThat(geometryError("{\"type\":\"Point\",\"coordinates\":[\"9.1\",45.4]}"))
                .isEqualTo("g.geojson, feature 2, field geometry: coordinate \"9.1\" is not a number");
        assertThat(geometryError("{\"type\":\"Circle\",\"coordinates\":[1,2]}"))
                .endsWith("unknown geometry type \"Circle\"");
    }

    private String geometryError(String geometry) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[0,0]}},"
                + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometry + "}]}";
        InvalidInputException e = catchInvalid(() -> read("g.geojson", json));
        assertThat(e.getLocation()).isEqualTo("feature 2");
        return e.getMessage();
    }

    @Test
    void refusesWhatIsNotGeoJson() {
        assertThat(catchInvalid(() -> read("e.geojson", "")).getMessage()).isEqualTo("e.geojson: empty file");
        assertThat(catchInvalid(() -> read("t.geojson", "{\"type\":\"Topology\"}")).getMessage())
                .isEqualTo("t.geojson: expected a FeatureCollection or a Feature, found type \"Topology\"");
        assertThat(catchInvalid(() -> read("a.geojson", "[1,2]")).getMessage())
                .startsWith("a.geojson: expected a GeoJSON object starting with '{'");
        assertThat(catchInvalid(() -> read("f.geojson", "{\"type\":\"FeatureCollection\"}")).getMessage())
                .isEqualTo("f.geojson: the FeatureCollection has no \"features\" array");
    }

    private FeatureSource readFile(String name) throws IOException {
        try (InputStream in = MilanoData.open(name)) {
            return reader.read(name, in);
        }
    }

    private FeatureSource read(String fileName, String json) {
        return reader.read(fileName, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static InvalidInputException catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException");
    }

}
