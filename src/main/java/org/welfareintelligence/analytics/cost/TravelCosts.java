package org.welfareintelligence.analytics.cost;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;

/** Chooses the travel cost model of a request: Euclidean (configured detour and speed) or the imported table. */
@Service
public class TravelCosts {

    private final NamedParameterJdbcTemplate jdbc;
    private final AnalyticsProperties properties;

    TravelCosts(NamedParameterJdbcTemplate jdbc, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The model named by {@code name} (euclidean or imported); the configured default when null. */
    public TravelCostModel model(String name) {
        String chosen = (name == null || name.isBlank() ? properties.costModel() : name).trim().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "euclidean" -> new EuclideanTravelCosts(properties.detourFactor(), properties.speedKmh());
            case "imported" -> imported();
            default -> throw new IllegalArgumentException("unknown cost model '" + name + "': use euclidean or imported");
        };
    }

    /**
     * The imported costs in the unit of the newest ones; their source is {@code streets} when the network module
     * computed them along the streets (import batch kind STREET_TRAVEL_COSTS).
     */
    private ImportedTravelCosts imported() {
        List<Map<String, Object>> newest = jdbc.queryForList("SELECT t.unit, b.kind FROM travel_cost t "
                + "JOIN import_batch b ON b.id = t.batch_id ORDER BY t.batch_id DESC LIMIT 1", Map.of());
        if (newest.isEmpty()) {
            throw new IllegalArgumentException("no travel costs are imported: upload them to /api/imports/travel-costs "
                    + "or use costs=euclidean");
        }
        return new ImportedTravelCosts(jdbc, (String) newest.get(0).get("unit"),
                "STREET_TRAVEL_COSTS".equals(newest.get(0).get("kind")) ? "streets" : "imported");
    }
}
