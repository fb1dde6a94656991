package org.welfareintelligence.ingest.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** The real Milan open data kept outside the repository, in {@code ${wi.shared-dir}/data/milano}. */
final class MilanoData {

    private MilanoData() {
    }

    static Path file(String name) {
        return Path.of(System.getProperty("wi.shared-dir", "../shared"), "data", "milano").resolve(name);
    }

    static InputStream open(String name) throws IOException {
        return Files.newInputStream(file(name));
    }

    static byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(file(name));
    }

    static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
