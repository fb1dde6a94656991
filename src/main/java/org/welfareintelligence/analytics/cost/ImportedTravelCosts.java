package org.welfareintelligence.analytics.cost;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.measure.SparseCosts;

/**
 * Costs from the imported origin–destination table (travel_cost) in one unit. Only pairs within the cutoff
 * are read; a pair the table does not list is unreachable.
 */
final class ImportedTravelCosts implements TravelCostModel {

    private final NamedParameterJdbcTemplate jdbc;
    private final String unit;
    private final String source;

    ImportedTravelCosts(NamedParameterJdbcTemplate jdbc, String unit, String source) {
        this.jdbc = jdbc;
        this.unit = unit;
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String unit() {
        return unit.equals("METRES") ? "m" : "min";
    }

    @Override
    public SparseCosts sectionsToFacilities(StudySections sections, StudySupply supply, double cutoff) {
        Map<Long, Integer> facilities = new HashMap<>();
        for (int j = 0; j < supply.size(); j++) {
            facilities.put(supply.id()[j], j);
        }
        return read("destination_facility_id", sections, facilities, supply.size(), cutoff);
    }

    @Override
    public SparseCosts sectionsToSections(StudySections sections, double cutoff) {
        return read("destination_section_id", sections, StudyInputs.index(sections), sections.size(), cutoff);
    }

    private SparseCosts read(String destinationColumn, StudySections sections, Map<Long, Integer> destinations,
                             int destinationCount, double cutoff) {
        Map<Long, Integer> origins = StudyInputs.index(sections);
        Triples triples = new Triples();
        jdbc.query("SELECT origin_section_id, %s, cost FROM travel_cost WHERE unit = :unit AND %s IS NOT NULL AND cost <= :cutoff"
                        .formatted(destinationColumn, destinationColumn),
                new MapSqlParameterSource("unit", unit).addValue("cutoff", cutoff), rs -> {
                    Integer origin = origins.get(rs.getLong(1));
                    Integer destination = destinations.get(rs.getLong(2));
                    if (origin != null && destination != null) {
                        triples.add(origin, destination, rs.getDouble(3));
                    }
                });
        return triples.toCosts(sections.size(), destinationCount);
    }
}
