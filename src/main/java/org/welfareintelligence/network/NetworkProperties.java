package org.welfareintelligence.network;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Travel along streets. Minutes are the walk to and from the network at {@code walkingKmh} plus the part along
 * the streets at {@code walkingKmh}, or at {@code drivingKmh} when {@code mode} is {@code driving}. Costs are
 * computed for every section × facility pair within {@code cutoffMetres}. {@code sampleCityStreets} is the street
 * file (a .shp, whose .dbf may be missing, a zipped Shapefile or GeoJSON, in longitude/latitude unless it says
 * otherwise) loaded with the synthetic sample city, when {@code loadWithSampleCity} and the file exists.
 */
@ConfigurationProperties("wi.network")
public record NetworkProperties(double walkingKmh, double drivingKmh, Mode mode, double cutoffMetres, int threads,
                                String sampleCityStreets, boolean loadWithSampleCity) {

    public enum Mode { WALKING, DRIVING }

    public NetworkProperties {
        if (walkingKmh <= 0 || drivingKmh <= 0) {
            throw new IllegalArgumentException("wi.network.walking-kmh and driving-kmh must be above 0");
        }
        if (cutoffMetres <= 0) {
            throw new IllegalArgumentException("wi.network.cutoff-metres must be above 0, got " + cutoffMetres);
        }
        mode = mode == null ? Mode.WALKING : mode;
        threads = Math.max(1, threads);
    }

    /** Speed along the streets in km/h in the configured mode. */
    double streetKmh() {
        return mode == Mode.DRIVING ? drivingKmh : walkingKmh;
    }
}
