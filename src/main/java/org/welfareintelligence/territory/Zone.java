package org.welfareintelligence.territory;

/**
 * The territory a report or a question is about: a published area (neighbourhood, census area, municipio) or a polygon
 * the user drew. {@code level} is null for a drawn polygon; {@code geometry} is GeoJSON in EPSG:4326.
 */
public record Zone(AreaLevel level, String code, String name, long[] sectionIds, String geometry, double areaKm2) {

    public boolean custom() {
        return level == null;
    }

    /** The level whose units serve as peers: the zone's own, or neighbourhoods for a drawn polygon. */
    public AreaLevel peerLevel() {
        return custom() ? AreaLevel.NEIGHBOURHOOD : level;
    }
}
