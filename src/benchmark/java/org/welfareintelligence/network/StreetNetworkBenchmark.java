package org.welfareintelligence.network;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.welfareintelligence.WelfareIntelligenceApplication;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.ShapefileReader;
import org.welfareintelligence.network.core.NetworkCosts;

/**
 * Times travel along streets on the database the application is configured with (the sample city is loaded
 * when it is empty): importing the street lines, snapping, all sections × every facility within the cutoff in
 * plain Java (1 and 2 threads) and with pgRouting's pgr_drivingDistance when the extension is installed, writing
 * the travel costs, and one-to-one routes (Java Dijkstra with the line built in PostGIS, and pgr_dijkstra).
 * Arguments: the street .shp (default ../shared/data/milano/streets_osm_2016/streets.shp), passes (5), routes (100).
 */
public final class StreetNetworkBenchmark {

    private StreetNetworkBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/milano/streets_osm_2016/streets.shp");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int routeCount = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        // system properties outrank application.yml: no web port, and no background street load to race with
        System.setProperty("server.port", "0");
        System.setProperty("wi.network.load-with-sample-city", "false");
        SpringApplication application = new SpringApplication(WelfareIntelligenceApplication.class);
        application.setDefaultProperties(Map.of("logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            StreetNetworkImporter importer = context.getBean(StreetNetworkImporter.class);
            Snapping snapping = context.getBean(Snapping.class);
            StreetGraphs graphs = context.getBean(StreetGraphs.class);
            StreetCosts costs = context.getBean(StreetCosts.class);
            StreetRoutes routes = context.getBean(StreetRoutes.class);
            NetworkProperties properties = context.getBean(NetworkProperties.class);
            double cutoff = properties.cutoffMetres();

            System.out.println("| measure | value |\n|---|---|");
            String name = file.getFileName().toString();
            long start = System.nanoTime();
            FeatureSource lines = new ShapefileReader().read(file.getParent(), name.substring(0, name.length() - 4), false);
            StreetNetworkImporter.Report network = importer.importLines(lines, 4326, name, "benchmark", false);
            double importMs = (System.nanoTime() - start) / 1e6;
            double loadGraphMs = time(() -> graphs.current());
            row("| import %s (%d lines): nodes, edges, km kept; pieces; edges and km dropped "
                    + "| %.1f s: %,d nodes, %,d edges, %,.0f km; %,d pieces; %,d edges and %,.0f km dropped |", name, network.linesRead(),
                    importMs / 1000, network.nodes(), network.edges(), network.kilometres(), network.components(),
                    network.droppedEdges(), network.droppedKilometres());
            row("| graph read from PostGIS into memory (CSR) | %.0f ms |", loadGraphMs);

            Snapping.Snapped[] snapped = new Snapping.Snapped[2];
            double snapMs = median(passes, () -> {
                snapped[0] = snapping.sections();
                snapped[1] = snapping.facilities();
            });
            row("| snap %,d sections and %,d facilities to the nearest node (PostGIS KNN) | median %.0f ms |",
                    snapped[0].ids().length, snapped[1].ids().length, snapMs);
            var graph = graphs.current().graph();
            int[] pairs = new int[1];
            double oneThreadMs = median(passes, () -> pairs[0] = NetworkCosts.within(graph, snapped[0].snap(),
                    snapped[1].snap(), cutoff, 1).size());
            double twoThreadsMs = median(passes, () -> NetworkCosts.within(graph, snapped[0].snap(),
                    snapped[1].snap(), cutoff, 2));
            row("| **all sections × every facility within %.0f m along the streets, Java Dijkstra, 1 thread** "
                    + "| **median %.0f ms** (%,d pairs) |", cutoff, oneThreadMs, pairs[0]);
            row("| same, 2 threads | median %.0f ms |", twoThreadsMs);
            StreetCosts.Report written = costs.recompute("benchmark");
            row("| recompute and write METRES + MINUTES travel_cost rows (POST /api/network/costs) "
                    + "| %.1f s (snap + compute %.1f s) |", written.seconds(), written.computeSeconds());

            Random random = new Random(13);
            double[][] points = jdbc.query("SELECT ST_Y(geom), ST_X(geom) FROM facility ORDER BY id",
                    (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).toArray(double[][]::new);
            double[] routeMs = new double[routeCount];
            for (int r = -10; r < routeCount; r++) {
                double[] a = points[random.nextInt(points.length)];
                double[] b = points[random.nextInt(points.length)];
                long t = System.nanoTime();
                routes.route(new StreetRoutes.LatLon(a[0], a[1]), new StreetRoutes.LatLon(b[0], b[1]));
                if (r >= 0) {
                    routeMs[r] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(routeMs);
            row("| **one-to-one route with its line, %d random facility pairs (StreetRoutes)** "
                    + "| **median %.1f ms, p95 %.1f ms** |", routeCount, routeMs[routeCount / 2],
                    routeMs[(int) (routeCount * 0.95)]);

            boolean pgRouting = !jdbc.queryForList("SELECT 1 FROM pg_extension WHERE extname = 'pgrouting'").isEmpty();
            String pgDriving = "not installed";
            String pgRoute = "not installed";
            if (pgRouting) {
                pgDriving = "%.0f ms".formatted(median(Math.min(passes, 3), () -> jdbc.queryForObject("""
                        WITH s AS (SELECT unnest(?::int[]) AS node, unnest(?::float8[]) AS walk),
                             f AS (SELECT unnest(?::int[]) AS node, unnest(?::float8[]) AS walk)
                        SELECT count(*) FROM pgr_drivingDistance(
                            'SELECT id, source, target, metres AS cost, metres AS reverse_cost FROM street_edge',
                            (SELECT array_agg(DISTINCT node) FROM f), ?, directed => false, equicost => false) d
                        JOIN f ON f.node = d.from_v JOIN s ON s.node = d.node
                        WHERE d.agg_cost + f.walk + s.walk <= ?""", Long.class,
                        boxed(snapped[0].snap().node()), boxedD(snapped[0].snap().metres()),
                        boxed(snapped[1].snap().node()), boxedD(snapped[1].snap().metres()), cutoff, cutoff)));
                int n = graph.nodes();
                double[] pgMs = new double[20];
                for (int r = 0; r < pgMs.length; r++) {
                    int a = random.nextInt(n);
                    int b = random.nextInt(n);
                    pgMs[r] = time(() -> jdbc.queryForList("""
                            SELECT edge FROM pgr_dijkstra('SELECT id, source, target, metres AS cost, metres AS reverse_cost
                            FROM street_edge', ?, ?, directed => false)""", a, b));
                }
                Arrays.sort(pgMs);
                pgRoute = "median %.0f ms".formatted(pgMs[pgMs.length / 2]);
            }

            row("| same with pgRouting pgr_drivingDistance (multi-start, one call, joined to the snapped sections) "
                    + "| %s |", pgDriving);
            row("| one-to-one pgr_dijkstra (20 random node pairs) | %s |", pgRoute);
        }
    }

    private static void row(String format, Object... arguments) {
        System.out.println(format.formatted(arguments));
        System.out.flush();
    }

    private static Integer[] boxed(int[] values) {
        return Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    private static Double[] boxedD(double[] values) {
        return Arrays.stream(values).boxed().toArray(Double[]::new);
    }

    private static double time(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(int passes, Runnable task) {
        task.run(); // warm-up
        double[] ms = new double[passes];
        for (int i = 0; i < passes; i++) {
            ms[i] = time(task);
        }
        Arrays.sort(ms);
        return ms[passes / 2];
    }
}
