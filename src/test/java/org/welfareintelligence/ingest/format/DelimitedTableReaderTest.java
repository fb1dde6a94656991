package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.welfareintelligence.ingest.format.GeoJsonReaderTest.catchInvalid;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DelimitedTableReaderTest {

    private final DelimitedTableReader reader = new DelimitedTableReader();

    @Test
    void readsTheIstatCensusSectionsOfMilan() throws IOException {
        FeatureSource census = readFile("istat2011_sections_milano.csv");

        assertThat(census.srid()).isNull();
        assertThat(census.fieldNames()).hasSize(152).startsWith("SEZ2011", "CODREG").contains("P1", "PF3", "E31");
        assertThat(census.features()).hasSize(6017);
        SourceFeature first = census.features().get(0);
        assertThat(first.index()).isEqualTo(1);
        assertThat(first.geometry()).isNull();
        assertThat(first.properties()).containsEntry("SEZ2011", "151460000001").containsEntry("CODASC", "1.0")
                .containsEntry("P1", "14");
        assertThat(DelimitedTableReader.number(first, "CODASC", census.fileName())).isEqualTo(1.0);
        double population = census.features().stream()
                .mapToDouble(row -> DelimitedTableReader.number(row, "P1", census.fileName())).sum();
        assertThat(population).isEqualTo(1_242_123);
        assertThat(census.features().get(4406).properties()).containsEntry("SEZ2011", "151460004472")
                .containsEntry("E5", null);
    }

    @Test
    void readsTheCommaSeparatedSectionToNilTable() throws IOException {
        FeatureSource table = readFile("section_to_nil2013.csv");

        assertThat(table.fieldNames()).containsExactly("SEZ2011", "NIL");
        assertThat(table.features()).hasSize(6078);
        assertThat(table.features().get(0).properties()).containsExactly(
                Map.entry("SEZ2011", "151460000001"), Map.entry("NIL", "DUOMO"));
        // the file is UTF-8 and already carries U+FFFD where a letter was lost upstream, as nil2013.geojson does
        assertThat(table.features()).anySatisfy(row ->
                assertThat(row.properties().get("NIL")).isEqualTo("PARCO BOSCO IN CITT\uFFFD"));
    }

    @Test
    void readsGzippedInput() throws IOException {
        byte[] gzipped = MilanoData.gzip(MilanoData.bytes("section_to_nil2013.csv"));

        FeatureSource table = reader.read("section_to_nil2013.csv.gz", new ByteArrayInputStream(gzipped));

        assertThat(table.features()).hasSize(6078);
    }

    @Test
    void decodesLatin1AndUtf8WithBom() {
        FeatureSource latin1 = read("latin1.csv", "NOME;VALORE\nCittà Studi;1\n", StandardCharsets.ISO_8859_1);
        assertThat(latin1.features().get(0).properties()).containsEntry("NOME", "Città Studi");

        FeatureSource utf8 = read("utf8.csv", "\uFEFFNOME,VALORE\r\nCittà Studi,1\r\n", StandardCharsets.UTF_8);
        assertThat(utf8.fieldNames()).containsExactly("NOME", "VALORE");
        assertThat(utf8.features().get(0).properties()).containsEntry("NOME", "Città Studi").containsEntry("VALORE", "1");
    }

    @Test
    void handlesQuotedFieldsTabsAndBlankLines() {
        String csv = " a , b ,c\n\"x, y\",\"he said \"\"hi\"\"\",\"line 1\nline 2\"\n\n4,,6";
        FeatureSource quoted = read("q.csv", csv, StandardCharsets.UTF_8);

        assertThat(quoted.fieldNames()).containsExactly("a", "b", "c");
        assertThat(quoted.features()).hasSize(2);
        assertThat(quoted.features().get(0).properties()).containsExactly(Map.entry("a", "x, y"),
                Map.entry("b", "he said \"hi\""), Map.entry("c", "line 1\nline 2"));
        assertThat(quoted.features().get(1).properties()).containsEntry("a", "4").containsEntry("b", null);

        FeatureSource tabs = read("t.tsv", "a\tb\n1\t2\n", StandardCharsets.UTF_8);
        assertThat(tabs.features().get(0).properties()).containsEntry("b", "2");
    }

    @Test
    void reportsATruncatedLastRecord() throws IOException {
        byte[] whole = MilanoData.bytes("istat2011_sections_milano.csv");
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);

        assertThat(catchInvalid(() -> reader.read("census.csv", new ByteArrayInputStream(cut))).getMessage())
                .matches("census\\.csv, row 6017: the row \\(line 6018\\) has \\d+ fields, the header has 152: "
                        + "wrong delimiter or truncated file\\?");
        assertThat(catchInvalid(() -> read("q.csv", "a,b\n1,2\n3,\"unfinished", StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("q.csv, row 2: a quoted value starting on line 3 is never closed: truncated file or stray '\"'?");
    }

    @Test
    void reportsWrongDelimiters() {
        assertThat(catchInvalid(() -> read("pipe.csv", "a|b|c\n1|2|3\n", StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("pipe.csv, header: could not detect the delimiter: expected ';' or ',' between the column names");
        assertThat(catchInvalid(() -> read("mixed.csv", "a;b;c\n1;2;3\n4,5,6\n", StandardCharsets.UTF_8)))
                .satisfies(e -> {
                    assertThat(e.getLocation()).isEqualTo("row 2");
                    assertThat(e.getMessage()).isEqualTo(
                            "mixed.csv, row 2: the row (line 3) has 1 fields, the header has 3: wrong delimiter or truncated file?");
                });
    }

    @Test
    void refusesEmptyFilesAndBadHeaders() {
        assertThat(catchInvalid(() -> read("e.csv", "", StandardCharsets.UTF_8)).getMessage()).isEqualTo("e.csv: empty file");
        assertThat(catchInvalid(() -> read("e.csv", "\n \n", StandardCharsets.UTF_8)).getMessage()).isEqualTo("e.csv: empty file");
        assertThat(catchInvalid(() -> read("d.csv", "P1;P2;P1\n1;2;3", StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("d.csv, header, field P1: the column name appears twice");
        assertThat(catchInvalid(() -> read("n.csv", "P1;;P3\n1;2;3", StandardCharsets.UTF_8)).getMessage())
                .isEqualTo("n.csv, header: column 2 has no name");
    }

    @Test
    void parsesIstatNumbersAndRejectsOthers() {
        SourceFeature row = new SourceFeature(17, null, new LinkedHashMap<>(Map.of(
                "A", "12", "B", "12.0", "C", "1.5e3", "D", " -0.25 ", "BAD", "12a", "COMMA", "1,5")));
        row.properties().put("EMPTY", null);

        assertThat(DelimitedTableReader.number(row, "A", "census.csv")).isEqualTo(12.0);
        assertThat(DelimitedTableReader.number(row, "B", "census.csv")).isEqualTo(12.0);
        assertThat(DelimitedTableReader.number(row, "C", "census.csv")).isEqualTo(1500.0);
        assertThat(DelimitedTableReader.number(row, "D", "census.csv")).isEqualTo(-0.25);
        assertThat(catchInvalid(() -> DelimitedTableReader.number(row, "BAD", "census.csv")).getMessage())
                .isEqualTo("census.csv, row 17, field BAD: \"12a\" is not a number");
        assertThat(catchInvalid(() -> DelimitedTableReader.number(row, "COMMA", "census.csv")).getMessage())
                .isEqualTo("census.csv, row 17, field COMMA: \"1,5\" is not a number");
        assertThat(catchInvalid(() -> DelimitedTableReader.number(row, "EMPTY", "census.csv")).getMessage())
                .isEqualTo("census.csv, row 17, field EMPTY: the value is empty, a number is needed");
        assertThat(catchInvalid(() -> DelimitedTableReader.number(row, "P99", "census.csv")).getField()).isEqualTo("P99");
    }

    private FeatureSource readFile(String name) throws IOException {
        try (InputStream in = MilanoData.open(name)) {
            return reader.read(name, in);
        }
    }

    private FeatureSource read(String fileName, String text, Charset charset) {
        return reader.read(fileName, new ByteArrayInputStream(text.getBytes(charset)));
    }
}
