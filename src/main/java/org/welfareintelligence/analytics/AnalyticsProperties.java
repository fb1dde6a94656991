package org.welfareintelligence.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults of the analytics. Euclidean travel costs are straight-line metres in the city's metric CRS times
 * {@code detourFactor} (streets are not straight); with {@code speedKmh} above 0 they become minutes.
 * {@code costModel} is {@code euclidean} or {@code imported} (the travel-costs table).
 */
@ConfigurationProperties("wi.analytics")
public record AnalyticsProperties(double detourFactor, double speedKmh, String costModel, double defaultCutoff,
                                  long seed) {

    public AnalyticsProperties {
        if (detourFactor < 1) {
            throw new IllegalArgumentException("wi.analytics.detour-factor must be at least 1, got " + detourFactor);
        }
        if (speedKmh < 0) {
            throw new IllegalArgumentException("wi.analytics.speed-kmh must not be negative, got " + speedKmh);
        }
        costModel = costModel == null || costModel.isBlank() ? "euclidean" : costModel;
    }
}
