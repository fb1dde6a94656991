package org.welfareintelligence.territory;

/**
 * A place something is planned on, as drawn or given: a point or a polygon. {@code geometry} is GeoJSON in
 * EPSG:4326, {@code metricWkt} the same shape in the city's metric CRS (for distances), {@code lon}/{@code lat} a
 * point on it.
 */
public record Site(String type, String geometry, String metricWkt, double lon, double lat, double areaKm2) {
}
