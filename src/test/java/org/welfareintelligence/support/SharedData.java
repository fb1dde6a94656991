package org.welfareintelligence.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The real Milan open data in ../shared/data/milano, read in place (never copied into the repository). */
public final class SharedData {

    private SharedData() {
    }

    public static Path milano(String file) {
        Path path = Path.of(System.getProperty("wi.shared-dir", "../shared"), "data", "milano", file);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared test data " + path.toAbsolutePath()
                    + ": the repository expects ../shared beside it");
        }
        return path;
    }

    /** A file of the shared benchmark inputs, e.g. {@code benchmark("accessibility-city", "cost.csv")}. */
    public static Path benchmark(String set, String file) {
        Path path = Path.of(System.getProperty("wi.shared-dir", "../shared"), "benchmarks", set, file);
        if (!Files.exists(path)) {
            throw new IllegalStateException("missing shared benchmark data " + path.toAbsolutePath());
        }
        return path;
    }

    public static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(milano(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ACE Shapefile (EPSG:3003) zipped as a user would upload it; without the .prj when asked. */
    public static byte[] aceShapefileZip(boolean withPrj) {
        List<String> parts = withPrj ? List.of("shp", "shx", "dbf", "prj") : List.of("shp", "shx", "dbf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String extension : parts) {
                zip.putNextEntry(new ZipEntry("ACE_maggio_2011." + extension));
                zip.write(bytes("ace_2011/ACE_maggio_2011." + extension));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
