package org.welfareintelligence.analytics.outreach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.load.CentreLoadService;
import org.welfareintelligence.optimisation.EuclideanCostMatrix;
import org.welfareintelligence.optimisation.LocationData;
import org.welfareintelligence.optimisation.LocationSolution;
import org.welfareintelligence.optimisation.MaximalCovering;
import org.welfareintelligence.optimisation.SolveControl;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Where to reach a target group: the k census sections from whose centre the most people of the target live
 * within a walking radius (straight line × the analytics' detour factor), by maximal covering
 * ({@code optimisation.MaximalCovering}) over the sections' demand, with the share of the target reached.
 */
@Service
public class OutreachService {

    static final int MAX_K = 50;
    static final double MAX_RADIUS = 5000;
    private static final long TIME_LIMIT_MILLIS = 5_000;

    /** One location, in the order of what it reaches alone beyond the others (its contribution). */
    public record Location(int rank, String section, String neighbourhood, double lon, double lat,
                           Count peopleWithinRadius, Count addedPeople) {
    }

    public record OutreachView(String target, String targetName, int k, double radiusMetres, Count targetPeople,
                               Count reachedPeople, Double shareReached, Double gap, List<Location> locations) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final StudyInputs inputs;
    private final CentreLoadService names;
    private final DisclosureControl disclosure;
    private final double detour;

    OutreachService(NamedParameterJdbcTemplate jdbc, StudyInputs inputs, CentreLoadService names,
                    DisclosureControl disclosure, AnalyticsProperties properties) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.names = names;
        this.disclosure = disclosure;
        this.detour = properties.detourFactor();
    }

    public OutreachView outreach(String target, String period, int k, double radius) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (!(radius > 0 && radius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("radius must be above 0 and at most " + (int) MAX_RADIUS
                    + " metres, got " + radius);
        }
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, target, period);
        int n = sections.size();
        if (k > n) {
            throw new IllegalArgumentException("k is " + k + " but the city has " + n + " sections");
        }
        // walking distance = straight line × detour, so the straight-line radius is radius / detour
        double reach = radius / detour;
        EuclideanCostMatrix costs = new EuclideanCostMatrix(sections.x(), sections.y(), sections.x(), sections.y());
        LocationSolution solution = new MaximalCovering(LocationData.allSites(costs, demand), k, reach)
                .solve(SolveControl.defaults().withTimeLimit(TIME_LIMIT_MILLIS));
        int[] open = solution.openSites();
        double[] contribution = solution.siteContribution();
        List<Location> locations = new ArrayList<>();
        Integer[] order = new Integer[open.length];
        for (int s = 0; s < open.length; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> Double.compare(contribution[b], contribution[a]));
        for (int s : order) {
            int site = open[s];
            double within = 0;
            for (int i = 0; i < n; i++) {
                if (costs.cost(i, site) <= reach) {
                    within += demand[i];
                }
            }
            double[] position = lonLat(sections, site);
            locations.add(new Location(locations.size() + 1, sections.code()[site],
                    sections.unitName(Level.NEIGHBOURHOOD, site), position[0], position[1],
                    disclosure.count(within), disclosure.count(contribution[s])));
        }
        double total = Arrays.stream(demand).sum();
        Count targetPeople = disclosure.count(total);
        Count reached = disclosure.count(solution.objective());
        return new OutreachView(target, names.targetNames(List.of(target)).get(0), k, radius, targetPeople, reached,
                total > 0 ? disclosure.rate(solution.objective() / total, reached) : null,
                Double.isNaN(solution.gap()) ? null : solution.gap(), locations);
    }

    /** A section's point (metric CRS) in EPSG:4326, for the map. */
    private double[] lonLat(StudySections sections, int i) {
        Map<String, Object> point = jdbc.queryForMap("""
                SELECT ST_X(p) AS lon, ST_Y(p) AS lat
                FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(:x, :y), :srid), 4326) AS p) t""",
                new MapSqlParameterSource("x", sections.x()[i]).addValue("y", sections.y()[i])
                        .addValue("srid", inputs.metricSrid()));
        return new double[] {((Number) point.get("lon")).doubleValue(), ((Number) point.get("lat")).doubleValue()};
    }
}
