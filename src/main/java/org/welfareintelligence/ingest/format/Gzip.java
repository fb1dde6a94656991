package org.welfareintelligence.ingest.format;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Transparent gzip support: uploads may be {@code .csv.gz}, {@code .geojson.gz} or a gzipped zip. */
final class Gzip {

    private Gzip() {
    }

    static boolean isGzip(byte[] head) {
        return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    }

    /** Returns a stream of the content, decompressed when it starts with the gzip magic bytes 1f 8b. */
    static InputStream decompressIfGzipped(String fileName, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        try {
            buffered.mark(2);
            byte[] head = buffered.readNBytes(2);
            buffered.reset();
            if (!isGzip(head)) {
                return buffered;
            }
            return new CorruptionReporting(fileName, new GZIPInputStream(buffered));
        } catch (ZipException | EOFException e) {
            throw corrupt(fileName, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidInputException corrupt(String fileName, IOException cause) {
        return new InvalidInputException(fileName, null, null, "the gzip data is truncated or corrupt", cause);
    }

    /** Turns damaged compressed data into an input error instead of an I/O failure of the server. */
    private static final class CorruptionReporting extends FilterInputStream {

        private final String fileName;

        CorruptionReporting(String fileName, InputStream in) {
            super(in);
            this.fileName = fileName;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (ZipException | EOFException e) {
                throw corrupt(fileName, e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (ZipException | EOFException e) {
                throw corrupt(fileName, e);
            }
        }
    }
}
