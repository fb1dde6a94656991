package org.welfareintelligence.routing.core;

/** Distances and times held in two row-major arrays of size × size. */
public final class DenseTravelMatrix implements TravelMatrix {

    private final int size;
    private final long[] distances;
    private final long[] times;

    public DenseTravelMatrix(int size, long[] distances, long[] times) {
        if (distances.length != (long) size * size || times.length != (long) size * size) {
            throw new IllegalArgumentException("matrix: expected " + size + " × " + size + " entries");
        }
        this.size = size;
        this.distances = distances;
        this.times = times;
    }

    /**
     * Straight line in metres × detour factor, travelled at {@code metresPerSecond}; the same convention as
     * the siting costs (projected coordinates in metres, detour factor 1.3 by default).
     */
    public static DenseTravelMatrix straightLine(double[] x, double[] y, double detourFactor, double metresPerSecond) {
        int n = x.length;
        long[] distances = new long[n * n];
        long[] times = new long[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double metres = detourFactor * Math.hypot(x[i] - x[j], y[i] - y[j]);
                distances[i * n + j] = Math.round(metres);
                times[i * n + j] = Math.round(metres / metresPerSecond);
            }
        }
        return new DenseTravelMatrix(n, distances, times);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long distance(int from, int to) {
        return distances[from * size + to];
    }

    @Override
    public long time(int from, int to) {
        return times[from * size + to];
    }
}
