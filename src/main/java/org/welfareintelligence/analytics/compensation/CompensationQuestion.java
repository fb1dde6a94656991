package org.welfareintelligence.analytics.compensation;

import java.util.List;
import java.util.Locale;

/**
 * A compensation question once parsed: the development site (GeoJSON geometry in EPSG:4326, a Point or a
 * (Multi)Polygon, checked by {@code territory.ZoneResolver}), its label, the catchment radius in metres, the
 * service types to assess (empty: every one offered in the city) and the demand period (null: the latest).
 */
record CompensationQuestion(String siteName, String siteGeoJson, double radiusMetres, List<String> serviceTypes,
                            String period) {

    /** A catchment wider than a municipio is no longer the neighbourhood of one site. */
    static final double MAX_RADIUS = 5000;

    static CompensationQuestion of(String siteName, String siteGeoJson, Double radius, List<String> serviceTypes,
                                   String period) {
        if (radius == null) {
            throw new IllegalArgumentException("radius is missing: the catchment radius in metres (at most "
                    + (int) MAX_RADIUS + ")");
        }
        if (!(radius > 0 && radius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("radius must be more than 0 and at most " + (int) MAX_RADIUS
                    + " metres, got " + radius);
        }
        List<String> codes = serviceTypes == null ? List.of() : serviceTypes.stream()
                .flatMap(c -> List.of(c.split(",")).stream()).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
        return new CompensationQuestion(siteName == null || siteName.isBlank() ? null : siteName.strip(),
                siteGeoJson, radius, codes, period == null || period.isBlank() ? null : period.strip());
    }

    /** A site given by its coordinates, as a GeoJSON Point. */
    static String point(Double lon, Double lat) {
        if (lon == null || lat == null) {
            throw new IllegalArgumentException("site is missing: give lon and lat, or POST a GeoJSON site");
        }
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("site: lon must be within ±180 and lat within ±90 degrees, got "
                    + lon + ", " + lat);
        }
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }
}
