package org.welfareintelligence.scenario;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.welfareintelligence.WelfareIntelligenceApplication;
import org.welfareintelligence.scenario.core.Simulation;

/**
 * Times a scenario of 5 changes (a closure, a resize, two openings with ramp-up, a demand growth in a municipio)
 * over 20 years on the database the application is configured with (the sample city is loaded when it is
 * empty), all centres of one service type: loading the inputs, then the simulation of baseline and scenario, then
 * the result view. Arguments: runs (default 7; the first is a warm-up), service type (NURSERY), target
 * (P_NURSERY_DEMAND), cutoff in metres (1500).
 */
public final class ScenarioBenchmark {

    private ScenarioBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String serviceType = args.length > 1 ? args[1] : "NURSERY";
        String target = args.length > 2 ? args[2] : "P_NURSERY_DEMAND";
        double cutoff = args.length > 3 ? Double.parseDouble(args[3]) : 1500;
        SpringApplication application = new SpringApplication(WelfareIntelligenceApplication.class);
        application.setDefaultProperties(Map.of("server.port", "0", "logging.level.root", "WARN"));
        try (ConfigurableApplicationContext context = application.run()) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark",
                    null, List.of(new SimpleGrantedAuthority("ROLE_PLANNER"))));
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            List<String> facilities = jdbc.queryForList("""
                    SELECT f.code FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                    JOIN service_type st ON st.id = fs.service_type_id
                    WHERE st.code = ? AND f.status = 'OPEN' AND f.closed_on IS NULL ORDER BY f.code LIMIT 2""",
                    String.class, serviceType);
            String section = jdbc.queryForObject("SELECT code FROM census_section WHERE centroid IS NOT NULL "
                    + "AND NOT placeholder ORDER BY code OFFSET 3000 LIMIT 1", String.class);
            ScenarioRequest request = new ScenarioRequest("Benchmark", 2026, 20, serviceType, List.of(target), false,
                    null, new ScenarioRequest.Assumptions(cutoff, 30.0, 0.6), List.of(
                    change("close", facilities.get(0), null, null, 2027, null),
                    change("resize", facilities.get(1), null, 20.0, 2028, null),
                    change("open", null, List.of(9.19, 45.47), 40.0, 2029, null),
                    change("open", null, null, 30.0, 2031, section),
                    new ScenarioRequest.Change("demand", null, null, null, null, null, null, 2028, null, null, target,
                            "municipio", "4", 15.0, null)));
            ScenarioDefinition definition = ScenarioDefinition.parse(request, cutoff);
            ScenarioInputs inputs = context.getBean(ScenarioInputs.class);
            ScenarioResults results = context.getBean(ScenarioResults.class);

            long[] loading = new long[runs];
            long[] simulating = new long[runs];
            long[] viewing = new long[runs];
            ScenarioInputs.Prepared prepared = null;
            double checksum = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                prepared = inputs.prepare(0, definition);
                long loaded = System.nanoTime();
                Simulation.Outcome baseline = Simulation.run(prepared.baseline(), prepared.assignment());
                Simulation.Outcome scenario = Simulation.run(prepared.scenario(), prepared.assignment());
                long simulated = System.nanoTime();
                ScenarioResults.ResultView view = results.result(new ScenarioJobs.Simulated(prepared, baseline,
                        scenario, Instant.now()), null, 0);
                long viewed = System.nanoTime();
                checksum += view.years().get(19).scenario().served().orElse(0);
                loading[run] = (loaded - start) / 1_000_000;
                simulating[run] = (simulated - loaded) / 1_000_000;
                viewing[run] = (viewed - simulated) / 1_000_000;
            }
            System.out.printf(Locale.ROOT, "%s, %s: %d sections, %d centres, %d pairs within %.0f m, %d years, "
                            + "5 changes (checksum %.1f)%n", serviceType, target, prepared.sections().size(),
                    prepared.centres().size(), prepared.baseline().costs().pairs(), cutoff, definition.horizon(), checksum);
            System.out.printf(Locale.ROOT, "| loading the inputs (PostGIS) | %d ms | %s |%n", median(loading),
                    Arrays.toString(loading));
            System.out.printf(Locale.ROOT, "| simulating baseline + scenario | %d ms | %s |%n", median(simulating),
                    Arrays.toString(simulating));
            System.out.printf(Locale.ROOT, "| building the result view | %d ms | %s |%n", median(viewing),
                    Arrays.toString(viewing));
        }
    }

    private static ScenarioRequest.Change change(String kind, String facility, List<Double> point, Double places,
                                                 int year, String section) {
        return new ScenarioRequest.Change(kind, null, point, section, facility,
                places == null ? null : tools.jackson.databind.node.DoubleNode.valueOf(places), null, year,
                "open".equals(kind) ? 12 : null, 100_000.0, null, null, null, null, null);
    }

    /** Median of the runs after the first (a warm-up). */
    private static long median(long[] millis) {
        long[] measured = Arrays.copyOfRange(millis, Math.min(1, millis.length - 1), millis.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
