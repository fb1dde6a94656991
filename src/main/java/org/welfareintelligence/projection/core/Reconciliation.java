package org.welfareintelligence.projection.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Top-down reconciliation of a hierarchy (sections in their NIL, NILs in the city): from the roots down, every
 * parent's children are scaled by one factor per year so that they add up to the parent's projection exactly;
 * their intervals are scaled by the same factor. Children that add up to zero share their parent equally.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** Reconciles in place; {@code parent[area]} is the index of the area's parent, or −1 for a root. */
    public static void topDown(int[] parent, double[][] value, double[][] lower, double[][] upper) {
        int areas = parent.length;
        List<List<Integer>> children = new ArrayList<>(areas);
        for (int a = 0; a < areas; a++) {
            children.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            if (parent[a] >= 0) {
                children.get(parent[a]).add(a);
            } else {
                order.add(a);
            }
        }
        // Breadth-first from the roots, so that a parent is final before its children are scaled to it.
        for (int i = 0; i < order.size(); i++) {
            int p = order.get(i);
            List<Integer> kids = children.get(p);
            order.addAll(kids);
            if (kids.isEmpty()) {
                continue;
            }
            for (int t = 0; t < value[p].length; t++) {
                double sum = 0;
                for (int c : kids) {
                    sum += value[c][t];
                }
                for (int c : kids) {
                    double factor = sum == 0 ? 0 : value[p][t] / sum;
                    double evenShare = value[p][t] / kids.size();
                    value[c][t] = sum == 0 ? evenShare : value[c][t] * factor;
                    lower[c][t] = sum == 0 ? lower[p][t] / kids.size() : lower[c][t] * factor;
                    upper[c][t] = sum == 0 ? upper[p][t] / kids.size() : upper[c][t] * factor;
                }
            }
        }
        if (order.size() != areas) {
            throw new IllegalArgumentException("the parents form a cycle: " + (areas - order.size())
                    + " areas never reach a root");
        }
    }
}
