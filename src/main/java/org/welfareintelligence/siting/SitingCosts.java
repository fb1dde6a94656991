package org.welfareintelligence.siting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.welfareintelligence.optimisation.SparseCostMatrix;

/**
 * The travel costs of a request: straight line × detour factor, or the imported origin–destination table
 * (sections to facilities for existing sites, sections to sections for candidates), read within the cutoff.
 * A city-wide table holds millions of pairs, so it is streamed in a read-only transaction by ids.
 */
@Component
class SitingCosts {

    /** Rows fetched per round trip while streaming the table (the driver otherwise holds all of it). */
    private static final int FETCH_SIZE = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    SitingCosts(DataSource dataSource, TransactionTemplate transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Refuses at once a request for imported costs when none are imported in its unit. */
    void check(SitingRequest request) {
        if (request.costKind() == SitingRequest.CostKind.IMPORTED && jdbc.queryForList(
                "SELECT 1 FROM travel_cost WHERE unit = ? LIMIT 1", Integer.class, tableUnit(request)).isEmpty()) {
            throw new IllegalArgumentException("no travel costs in " + request.costUnit() + " are imported: upload "
                    + "them to /api/imports/travel-costs, or use costs=euclidean");
        }
    }

    AccessCosts of(SitingRequest request, SitingInstance instance) {
        return switch (request.costKind()) {
            case EUCLIDEAN -> new StraightLineCosts(instance, request.detourFactor(), request.cutoff());
            case IMPORTED -> readOnly.execute(status -> imported(instance, tableUnit(request), request.cutoff(),
                    request.unit()));
        };
    }

    private ImportedCosts imported(SitingInstance instance, String tableUnit, double cutoff, String unit) {
        Map<Long, Integer> points = ids("census_section", instance.points().codes(), 0, instance.pointCount());
        Map<Long, Integer> facilities = ids("facility", instance.sites().codes(), 0, instance.existingCount());
        Map<Long, Integer> candidates = ids("census_section", instance.sites().codes(), instance.existingCount(),
                instance.siteCount());
        Pairs listed = new Pairs();
        // only the pairs that reach this problem's sites: its facilities, and its candidate sections unless every
        // section is a candidate (then the filter would cost more than it saves)
        boolean everySection = candidates.size() >= points.size();
        jdbc.query("""
                SELECT origin_section_id, destination_facility_id, destination_section_id, cost FROM travel_cost
                WHERE unit = ? AND cost <= ? AND (destination_facility_id = ANY (?)
                    OR (destination_section_id IS NOT NULL AND (? OR destination_section_id = ANY (?))))""", rs -> {
            Integer point = points.get(rs.getLong(1));
            long facility = rs.getLong(2);
            Integer site = rs.wasNull() ? candidates.get(rs.getLong(3)) : facilities.get(facility);
            if (point != null && site != null) {
                listed.add(point, site, rs.getDouble(4));
            }
        }, tableUnit, cutoff, ids(facilities), everySection, everySection ? new Long[0] : ids(candidates));
        if (listed.size == 0) {
            throw new IllegalArgumentException("the imported travel costs in " + tableUnit.toLowerCase(Locale.ROOT)
                    + " list no pair between the demand sections and the sites within the cutoff of " + cutoff + " "
                    + unit);
        }
        return new ImportedCosts(new SparseCostMatrix(instance.pointCount(), instance.siteCount(),
                Arrays.copyOf(listed.point, listed.size), Arrays.copyOf(listed.site, listed.size),
                Arrays.copyOf(listed.cost, listed.size), cutoff), unit);
    }

    private static String tableUnit(SitingRequest request) {
        return request.costUnit().toUpperCase(Locale.ROOT);
    }

    /** Database id → index for the places {@code from..to} of an array of codes, looked up in {@code table}. */
    private Map<Long, Integer> ids(String table, String[] codes, int from, int to) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = from; k < to; k++) {
            index.put(codes[k], k);
        }
        Map<Long, Integer> byId = new HashMap<>();
        if (index.isEmpty()) {
            return byId;
        }
        List<String> wanted = List.copyOf(index.keySet());
        jdbc.query("SELECT id, code FROM " + table + " WHERE code = ANY (?)", rs -> {
            byId.put(rs.getLong(1), index.get(rs.getString(2)));
        }, (Object) wanted.toArray(String[]::new));
        return byId;
    }

    private static Long[] ids(Map<Long, Integer> byId) {
        return byId.keySet().toArray(Long[]::new);
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
