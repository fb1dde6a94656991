package org.welfareintelligence.ingest;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.welfareintelligence.ingest.format.DelimitedTableReader;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.FileKind;
import org.welfareintelligence.ingest.format.GeoJsonReader;
import org.welfareintelligence.ingest.format.InvalidInputException;
import org.welfareintelligence.ingest.format.ShapefileReader;

/** Reads an uploaded file with the reader its content calls for, and checks it suits the import kind. */
final class SourceFiles {

    private SourceFiles() {
    }

    static FeatureSource read(ImportKind kind, String fileName, byte[] content) {
        FileKind format = FileKind.detect(fileName, Arrays.copyOf(content, Math.min(content.length, FileKind.HEAD_BYTES)));
        boolean spatial = kind == ImportKind.AREAS || kind == ImportKind.SECTIONS || kind == ImportKind.FACILITIES
                || kind == ImportKind.PUBLIC_PLACES;
        if (spatial == (format == FileKind.CSV)) {
            throw new InvalidInputException(fileName, "file", null, spatial
                    ? kind.name().toLowerCase() + " need geometry: upload GeoJSON or a zipped Shapefile"
                    : kind.name().toLowerCase().replace('_', '-') + " are read from a CSV table, not " + format);
        }
        FeatureSource source = switch (format) {
            case CSV -> new DelimitedTableReader().read(fileName, new ByteArrayInputStream(content));
            case GEOJSON -> new GeoJsonReader().read(fileName, new ByteArrayInputStream(content));
            case SHAPEFILE_ZIP -> new ShapefileReader().readZip(fileName, new ByteArrayInputStream(content));
        };
        if (source.features().isEmpty()) {
            throw new InvalidInputException(fileName, "file", null, "the file holds no rows or features");
        }
        return source;
    }
}
