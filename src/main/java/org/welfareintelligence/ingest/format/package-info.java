/**
 * Readers of input files (CSV, GeoJSON, zipped Shapefiles) into plain features, with no Spring and no database;
 * other modules that import files of their own (street networks) read them through these.
 */
@org.springframework.modulith.NamedInterface("format")
package org.welfareintelligence.ingest.format;
