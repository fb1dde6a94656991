package org.welfareintelligence.geo;

/** A longitude/latitude rectangle in EPSG:4326, as given in a {@code bbox=minLon,minLat,maxLon,maxLat} parameter. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat with min < max");
        }
        if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
            throw new IllegalArgumentException("bbox must be in longitude/latitude degrees (EPSG:4326)");
        }
    }

    /** Parses the parameter; null or blank means "no spatial filter". */
    public static BoundingBox parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must have 4 numbers: minLon,minLat,maxLon,maxLat");
        }
        try {
            return new BoundingBox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must have 4 numbers: minLon,minLat,maxLon,maxLat");
        }
    }
}
