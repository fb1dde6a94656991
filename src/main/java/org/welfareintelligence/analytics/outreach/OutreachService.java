package org.welfareintelligence.analytics.outreach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.load.CentreLoadService;
import org.welfareintelligence.optimisation.EuclideanCostMatrix;
import org.welfareintelligence.optimisation.LocationData;
import org.welfareintelligence.optimisation.LocationSolution;
import org.welfareintelligence.optimisation.MaximalCovering;
import org.welfareintelligence.optimisation.SolveControl;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Where to reach a target group: the k locations — census sections' centres, or imported public places of one
 * kind (schools, libraries) — from which the most people of the target live within a walking radius (straight
 * line × the analytics' detour factor), by maximal covering ({@code optimisation.MaximalCovering}) over the
 * sections' demand, with the share of the target reached.
 */
@Service
public class OutreachService {

    static final int MAX_K = 50;
    static final double MAX_RADIUS = 5000;
    private static final long TIME_LIMIT_MILLIS = 5_000;

    /** One location, in the order of what it reaches alone beyond the others (its contribution). */
    public record Location(int rank, String kind, String code, String name, double lon, double lat,
                           Count peopleWithinRadius, Count addedPeople) {
    }

    /** Candidate locations as parallel arrays: position in the metric CRS and in EPSG:4326. */
    private record Candidates(String kind, String[] code, String[] name, double[] x, double[] y, double[] lon,
                              double[] lat) {
    }

    public record OutreachView(String target, String targetName, String places, int k, double radiusMetres,
                               Count targetPeople,
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

    public OutreachView outreach(String target, String period, int k, double radius, String places) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ", got " + k);
        }
        if (!(radius > 0 && radius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("radius must be above 0 and at most " + (int) MAX_RADIUS
                    + " metres, got " + radius);
        }
        StudySections sections = inputs.sections();
        double[] demand = inputs.demand(sections, target, StudyTime.of(period, null, null));
        int n = sections.size();
        Candidates candidates = places == null || places.isBlank() || places.equalsIgnoreCase("sections")
                ? sectionCentres(sections) : publicPlaces(places.strip().toUpperCase(java.util.Locale.ROOT));
        if (k > candidates.code().length) {
            throw new IllegalArgumentException("k is " + k + " but there are " + candidates.code().length
                    + " candidate locations (" + candidates.kind() + ")");
        }
        // walking distance = straight line × detour, so the straight-line radius is radius / detour
        double reach = radius / detour;
        EuclideanCostMatrix costs = new EuclideanCostMatrix(sections.x(), sections.y(), candidates.x(),
                candidates.y());
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
            locations.add(new Location(locations.size() + 1, candidates.kind(), candidates.code()[site],
                    candidates.name()[site], candidates.lon()[site], candidates.lat()[site],
                    disclosure.count(within), disclosure.count(contribution[s])));
        }
        double total = Arrays.stream(demand).sum();
        Count targetPeople = disclosure.count(total);
        Count reached = disclosure.count(solution.objective());
        return new OutreachView(target, names.targetNames(List.of(target)).get(0), candidates.kind(), k, radius,
                targetPeople, reached,
                total > 0 ? disclosure.rate(solution.objective() / total, reached) : null,
                Double.isNaN(solution.gap()) ? null : solution.gap(), locations);
    }

    /** Every section's centre, named by its neighbourhood, with its position in EPSG:4326 (from PostGIS). */
    private Candidates sectionCentres(StudySections sections) {
        int n = sections.size();
        double[][] lonLat = new double[2][n];
        int[] index = {0};
        jdbc.query("""
                SELECT ST_X(p) AS lon, ST_Y(p) AS lat
                FROM unnest(CAST(:x AS float8[]), CAST(:y AS float8[])) WITH ORDINALITY AS m(x, y, i)
                CROSS JOIN LATERAL (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(m.x, m.y), :srid), 4326) AS p) t
                ORDER BY m.i""", new MapSqlParameterSource("x", boxed(sections.x())).addValue("y", boxed(sections.y()))
                        .addValue("srid", inputs.metricSrid()), rs -> {
                    lonLat[0][index[0]] = rs.getDouble("lon");
                    lonLat[1][index[0]++] = rs.getDouble("lat");
                });
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = sections.unitName(Level.NEIGHBOURHOOD, i);
        }
        return new Candidates("sections", sections.code(), names, sections.x(), sections.y(), lonLat[0], lonLat[1]);
    }

    /** The imported public places of a kind; a 400 when there is none. */
    private Candidates publicPlaces(String kind) {
        List<Object[]> rows = jdbc.query("""
                SELECT code, name, ST_X(ST_Transform(geom, :srid)), ST_Y(ST_Transform(geom, :srid)), ST_X(geom), ST_Y(geom)
                FROM public_place WHERE kind = :kind ORDER BY code""",
                new MapSqlParameterSource("kind", kind).addValue("srid", inputs.metricSrid()),
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), rs.getDouble(6)});
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("places: there is no public place of kind " + kind + " (import them "
                    + "with /api/imports/public-places?placeKind=" + kind.toLowerCase(java.util.Locale.ROOT)
                    + ", or use places=sections)");
        }
        int m = rows.size();
        String[] code = new String[m];
        String[] name = new String[m];
        double[][] numbers = new double[4][m];
        for (int j = 0; j < m; j++) {
            code[j] = (String) rows.get(j)[0];
            name[j] = (String) rows.get(j)[1];
            for (int c = 0; c < 4; c++) {
                numbers[c][j] = (Double) rows.get(j)[2 + c];
            }
        }
        return new Candidates(kind.toLowerCase(java.util.Locale.ROOT), code, name, numbers[0], numbers[1], numbers[2],
                numbers[3]);
    }

    private static Double[] boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Double[]::new);
    }
}
