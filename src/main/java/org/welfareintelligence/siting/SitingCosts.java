package org.welfareintelligence.siting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.optimisation.SparseCostMatrix;

/**
 * The travel costs of a request: straight line × detour factor, or the imported origin–destination table
 * (sections to facilities for existing sites, sections to sections for candidates), read within the cutoff.
 */
@Component
class SitingCosts {

    private final NamedParameterJdbcTemplate jdbc;

    SitingCosts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    AccessCosts of(SitingRequest request, SitingInstance instance) {
        return switch (request.costKind()) {
            case EUCLIDEAN -> new StraightLineCosts(instance, request.detourFactor(), request.cutoff());
            case IMPORTED -> imported(instance, request.costUnit().toUpperCase(Locale.ROOT), request.cutoff(),
                    request.unit());
        };
    }

    private ImportedCosts imported(SitingInstance instance, String tableUnit, double cutoff, String unit) {
        Map<String, Integer> points = index(instance.points().codes(), 0, instance.pointCount());
        Map<String, Integer> facilities = index(instance.sites().codes(), 0, instance.existingCount());
        Map<String, Integer> candidates = index(instance.sites().codes(), instance.existingCount(), instance.siteCount());
        Pairs listed = new Pairs();
        int[] rows = {0};
        jdbc.query("""
                SELECT o.code AS origin, f.code AS facility, d.code AS section, t.cost
                FROM travel_cost t JOIN census_section o ON o.id = t.origin_section_id
                LEFT JOIN facility f ON f.id = t.destination_facility_id
                LEFT JOIN census_section d ON d.id = t.destination_section_id
                WHERE t.unit = :unit AND t.cost <= :cutoff""",
                new MapSqlParameterSource("unit", tableUnit).addValue("cutoff", cutoff), rs -> {
                    rows[0]++;
                    Integer point = points.get(rs.getString("origin"));
                    String facility = rs.getString("facility");
                    Integer site = facility != null ? facilities.get(facility) : candidates.get(rs.getString("section"));
                    if (point != null && site != null) {
                        listed.add(point, site, rs.getDouble("cost"));
                    }
                });
        String unitName = tableUnit.toLowerCase(Locale.ROOT);
        if (rows[0] == 0 && !anyImported(tableUnit)) {
            throw new IllegalArgumentException("no travel costs in " + unitName + " are imported: upload them to "
                    + "/api/imports/travel-costs, or use costs=euclidean");
        }
        if (listed.size == 0) {
            throw new IllegalArgumentException("the imported travel costs in " + unitName + " list no pair between "
                    + "the demand sections and the sites within the cutoff of " + cutoff + " " + unit);
        }
        return new ImportedCosts(new SparseCostMatrix(instance.pointCount(), instance.siteCount(),
                Arrays.copyOf(listed.point, listed.size), Arrays.copyOf(listed.site, listed.size),
                Arrays.copyOf(listed.cost, listed.size), cutoff), unit);
    }

    private boolean anyImported(String tableUnit) {
        return !jdbc.queryForList("SELECT 1 FROM travel_cost WHERE unit = :unit LIMIT 1", Map.of("unit", tableUnit),
                Integer.class).isEmpty();
    }

    private static Map<String, Integer> index(String[] codes, int from, int to) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = from; k < to; k++) {
            index.put(codes[k], k);
        }
        return index;
    }

    /** Listed (point, site, cost) triples as they are read, in growing primitive arrays. */
    private static final class Pairs {
        int[] point = new int[1024];
        int[] site = new int[1024];
        double[] cost = new double[1024];
        int size;

        void add(int from, int to, double value) {
            if (size == point.length) {
                point = Arrays.copyOf(point, size * 2);
                site = Arrays.copyOf(site, size * 2);
                cost = Arrays.copyOf(cost, size * 2);
            }
            point[size] = from;
            site[size] = to;
            cost[size++] = value;
        }
    }
}
