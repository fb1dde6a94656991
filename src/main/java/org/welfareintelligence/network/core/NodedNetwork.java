package org.welfareintelligence.network.core;

/**
 * Street lines cut into edges between nodes, in a metric CRS. Edge {@code e} runs from node {@code source[e]} to
 * node {@code target[e]} along {@code coordinates[e]} (x0, y0, x1, y1, …), {@code metres[e]} long.
 */
public record NodedNetwork(double[] nodeX, double[] nodeY, int[] source, int[] target, double[] metres,
                           double[][] coordinates) {

    public int nodes() {
        return nodeX.length;
    }

    public int edges() {
        return source.length;
    }

    public double totalMetres() {
        double total = 0;
        for (double m : metres) {
            total += m;
        }
        return total;
    }
}
