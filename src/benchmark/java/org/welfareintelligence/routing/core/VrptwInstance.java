package org.welfareintelligence.routing.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A CVRPTW instance in the TSPLIB-style format read by LKH-3 ({@code NODE_COORD_SECTION}, {@code DEMAND_SECTION},
 * {@code TIME_WINDOW_SECTION}, node 1 the depot). Distances are Euclidean × SCALE rounded down (FLOOR_2D);
 * travel time equals distance, and windows and service times are multiplied by SCALE to the same unit.
 * {@code VEHICLES} is the fleet the instance allows.
 */
record VrptwInstance(String name, int vehicles, int capacity, int scale, long service, double[] x, double[] y, long[] demand,
                     long[] ready, long[] due) {

    static VrptwInstance read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = file.getFileName().toString();
        int dimension = 0;
        int vehicles = 0;
        int capacity = -1;
        int scale = 1;
        long service = 0;
        double[] x = null;
        double[] y = null;
        long[] demand = null;
        long[] ready = null;
        long[] due = null;
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty() || line.equals("EOF")) {
                continue;
            }
            if (line.contains(":")) {
                String key = line.substring(0, line.indexOf(':')).trim().toUpperCase(Locale.ROOT);
                String value = line.substring(line.indexOf(':') + 1).trim();
                switch (key) {
                    case "NAME" -> name = value;
                    case "DIMENSION" -> {
                        dimension = Integer.parseInt(value);
                        x = new double[dimension];
                        y = new double[dimension];
                        demand = new long[dimension];
                        ready = new long[dimension];
                        due = new long[dimension];
                    }
                    case "VEHICLES" -> vehicles = Integer.parseInt(value);
                    case "CAPACITY" -> capacity = Integer.parseInt(value);
                    case "SERVICE_TIME" -> service = Long.parseLong(value);
                    case "SCALE" -> scale = Integer.parseInt(value);
                    default -> { }
                }
                continue;
            }
            if (line.endsWith("_SECTION")) {
                section = line;
                continue;
            }
            String[] f = line.split("\\s+");
            int node = Integer.parseInt(f[0]) - 1;
            switch (section) {
                case "NODE_COORD_SECTION" -> {
                    x[node] = Double.parseDouble(f[1]);
                    y[node] = Double.parseDouble(f[2]);
                }
                case "DEMAND_SECTION" -> demand[node] = Long.parseLong(f[1]);
                case "TIME_WINDOW_SECTION" -> {
                    ready[node] = Long.parseLong(f[1]) * scale;
                    due[node] = Long.parseLong(f[2]) * scale;
                }
                default -> { }
            }
        }
        return new VrptwInstance(name, vehicles, capacity, scale, service * scale, x, y, demand, ready, due);
    }

    /** Visits 1..n-1, {@code fleet} identical vehicles at the depot for its whole window. */
    RoutingProblem problem(int fleet) {
        int n = x.length;
        long[] matrix = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                matrix[i * n + j] = (long) Math.floor(scale * Math.hypot(x[i] - x[j], y[i] - y[j]));
            }
        }
        TravelMatrix travel = new DenseTravelMatrix(n, matrix, matrix);
        int visits = n - 1;
        int[] place = new int[visits];
        long[] services = new long[visits];
        for (int v = 0; v < visits; v++) {
            place[v] = v + 1;
            services[v] = service;
        }
        long[] shiftStart = new long[fleet];
        long[] shiftEnd = new long[fleet];
        long[] capacities = new long[fleet];
        java.util.Arrays.fill(shiftStart, ready[0]);
        java.util.Arrays.fill(shiftEnd, due[0]);
        java.util.Arrays.fill(capacities, capacity);
        return new RoutingProblem(travel,
                new RoutingProblem.Visits(place, java.util.Arrays.copyOfRange(ready, 1, n),
                        java.util.Arrays.copyOfRange(due, 1, n), services, new long[visits],
                        java.util.Arrays.copyOfRange(demand, 1, n), new int[visits]),
                new RoutingProblem.Operators(new int[fleet], new int[fleet], shiftStart, shiftEnd, new long[fleet],
                        capacities, new long[fleet], new long[fleet], new long[fleet]));
    }
}
