package org.welfareintelligence.geo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The city this installation serves. Geometry is stored in EPSG:4326; every distance and area is
 * computed in {@code metricSrid} (EPSG:32632, UTM 32N, for Milan).
 */
@ConfigurationProperties("wi.city")
public record CityProperties(String name, int metricSrid, double centerLat, double centerLon, int zoom) {
}
