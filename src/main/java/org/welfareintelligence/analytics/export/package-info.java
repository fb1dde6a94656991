/**
 * Tables of controlled figures as CSV and XLSX, and unit layers as GeoJSON. Exposed so that other modules'
 * exports check their count columns and write spreadsheets the same way.
 */
@org.springframework.modulith.NamedInterface("export")
package org.welfareintelligence.analytics.export;
