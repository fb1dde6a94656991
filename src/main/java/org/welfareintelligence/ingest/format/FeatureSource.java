package org.welfareintelligence.ingest.format;

import java.util.List;

/**
 * The content of one input file.
 *
 * @param fileName   name of the file as uploaded
 * @param srid       EPSG code the file declares, null when it does not say (the caller then asks for one)
 * @param fieldNames attribute names in file order
 * @param features   features or rows in file order
 */
public record FeatureSource(String fileName, Integer srid, List<String> fieldNames, List<SourceFeature> features) {
}
