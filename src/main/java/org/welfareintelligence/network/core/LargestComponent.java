package org.welfareintelligence.network.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the largest connected piece of a network (by total length), so that every kept node reaches every
 * other; what is dropped (islands, unconnected bits of path) is counted for the import report.
 */
public final class LargestComponent {

    private LargestComponent() {
    }

    /**
     * @param network    the kept piece, nodes and edges renumbered densely in their original order
     * @param components how many connected pieces the input had
     */
    public record Kept(NodedNetwork network, int components, int droppedNodes, int droppedEdges,
                       double droppedMetres) {
    }

    public static Kept keep(NodedNetwork input) {
        int[] parent = new int[input.nodes()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int e = 0; e < input.edges(); e++) {
            int a = root(parent, input.source()[e]);
            int b = root(parent, input.target()[e]);
            if (a != b) {
                parent[a] = b;
            }
        }
        double[] length = new double[input.nodes()];
        for (int e = 0; e < input.edges(); e++) {
            length[root(parent, input.source()[e])] += input.metres()[e];
        }
        int components = 0;
        int best = -1;
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                components++;
                if (best < 0 || length[i] > length[best]) {
                    best = i;
                }
            }
        }
        int[] newId = new int[input.nodes()];
        List<Integer> keptNodes = new ArrayList<>();
        for (int i = 0; i < input.nodes(); i++) {
            newId[i] = root(parent, i) == best ? keptNodes.size() : -1;
            if (newId[i] >= 0) {
                keptNodes.add(i);
            }
        }
        double[] x = new double[keptNodes.size()];
        double[] y = new double[keptNodes.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = input.nodeX()[keptNodes.get(k)];
            y[k] = input.nodeY()[keptNodes.get(k)];
        }
        int kept = 0;
        for (int e = 0; e < input.edges(); e++) {
            kept += newId[input.source()[e]] >= 0 ? 1 : 0;
        }
        int[] source = new int[kept];
        int[] target = new int[kept];
        double[] metres = new double[kept];
        double[][] coordinates = new double[kept][];
        double droppedMetres = 0;
        int k = 0;
        for (int e = 0; e < input.edges(); e++) {
            if (newId[input.source()[e]] < 0) {
                droppedMetres += input.metres()[e];
                continue;
            }
            source[k] = newId[input.source()[e]];
            target[k] = newId[input.target()[e]];
            metres[k] = input.metres()[e];
            coordinates[k] = input.coordinates()[e];
            k++;
        }
        return new Kept(new NodedNetwork(x, y, source, target, metres, coordinates), components,
                input.nodes() - x.length, input.edges() - kept, droppedMetres);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
