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
            case "imported" -> new ImportedTravelCosts(jdbc, importedUnit());
            default -> throw new IllegalArgumentException("unknown cost model '" + name + "': use euclidean or imported");
        };
    }

    /** The unit of the newest imported travel costs. */
    private String importedUnit() {
        List<String> units = jdbc.queryForList(
                "SELECT unit FROM travel_cost ORDER BY batch_id DESC LIMIT 1", Map.of(), String.class);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no travel costs are imported: upload them to /api/imports/travel-costs "
                    + "or use costs=euclidean");
        }
        return units.get(0);
    }
}
