package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welfareintelligence.ingest.format.GeoJsonReaderTest.catchInvalid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void detectsTheRealFiles() throws IOException {
        assertThat(detect("nil2013.geojson")).isEqualTo(FileKind.GEOJSON);
        assertThat(detect("nil2020_ds964.zip")).isEqualTo(FileKind.SHAPEFILE_ZIP);
        assertThat(detect("istat2011_sections_milano.csv")).isEqualTo(FileKind.CSV);
    }

    @Test
    void looksThroughGzip() throws IOException {
        byte[] gzipped = MilanoData.gzip(MilanoData.bytes("schools_2016.geojson"));

        assertThat(FileKind.detect("schools.geojson.gz", Arrays.copyOf(gzipped, 200))).isEqualTo(FileKind.GEOJSON);
        assertThat(FileKind.detect("t.csv.gz", MilanoData.gzip(bytes("a;b\n1;2\n")))).isEqualTo(FileKind.CSV);
    }

    @Test
    void skipsByteOrderMarkAndWhitespaceBeforeTheBrace() {
        assertThat(FileKind.detect("x.json", bytes("\uFEFF \r\n\t{\"type\":"))).isEqualTo(FileKind.GEOJSON);
    }

    @Test
    void refusesWhatNoReaderHandles() {
        assertThat(catchInvalid(() -> FileKind.detect("e.csv", new byte[0])).getMessage()).isEqualTo("e.csv: empty file");
        assertThat(catchInvalid(() -> FileKind.detect("sheet.xlsx", new byte[] {0x50, 0x4B, 3, 4, 20})).getMessage())
                .isEqualTo("sheet.xlsx: spreadsheets are not supported: save the sheet as CSV");
        assertThat(catchInvalid(() -> FileKind.detect("ace.shp", new byte[] {0, 0, 0x27, 0x0A})).getMessage())
                .isEqualTo("ace.shp: upload the Shapefile as one .zip holding its .shp, .shx, .dbf and .prj files");
        assertThat(catchInvalid(() -> FileKind.detect("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10}))
                .getMessage()).isEqualTo("photo.jpg: unrecognised file type: expected GeoJSON, a zipped Shapefile or a CSV table");
    }

    private static FileKind detect(String name) throws IOException {
        return FileKind.detect(name, Arrays.copyOf(MilanoData.bytes(name), FileKind.HEAD_BYTES));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
