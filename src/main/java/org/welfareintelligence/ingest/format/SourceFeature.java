package org.welfareintelligence.ingest.format;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature or table row as read from an input file.
 *
 * @param index      1-based feature, record or data-row number in the file (what error messages cite)
 * @param geometry   geometry with the file's own coordinates (its SRID is on {@link FeatureSource}); null for tables and null shapes
 * @param properties attribute values in file order: String, Long, Double, Boolean or null
 */
public record SourceFeature(int index, Geometry geometry, Map<String, Object> properties) {
}
