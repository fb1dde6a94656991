package org.welfareintelligence.analytics.measure;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * How unequally a value (usually accessibility) is spread over the people of a target group: unit i stands for
 * {@code weight[i]} people who each have {@code x[i]}. NaN in {@code x} (no access) counts as 0 access, so the
 * people without access are part of the inequality rather than left out of it. Units with weight 0 do not
 * count. Gini, Palma, Lorenz and Theil need values not below 0; each measure is NaN when the weighted total
 * of x is 0 (nothing to share).
 */
public final class Equity {

    /** Theil T and its exact split by group: {@code total = between + within}. */
    public record Theil(double total, double between, double within) {
    }

    private Equity() {
    }

    /** Population-weighted Gini: {@code 1 − Σ_k (p_k − p_{k−1}) (L_k + L_{k−1})} over the Lorenz points. */
    public static double gini(double[] x, double[] weight) {
        double[][] curve = lorenz(x, weight);
        if (curve.length == 0) {
            return Double.NaN;
        }
        CompensatedSum area = new CompensatedSum();
        for (int k = 1; k < curve.length; k++) {
            area.add((curve[k][0] - curve[k - 1][0]) * (curve[k][1] + curve[k - 1][1]));
        }
        return 1 - area.value();
    }

    /** Weighted coefficient of variation: population standard deviation over mean (any sign of x). */
    public static double coefficientOfVariation(double[] x, double[] weight) {
        double[] values = accessValues(x, weight, false);
        double people = CompensatedSum.of(weight);
        CompensatedSum total = new CompensatedSum();
        for (int i = 0; i < values.length; i++) {
            total.add(weight[i] * values[i]);
        }
        double mean = total.value() / people;
        CompensatedSum squares = new CompensatedSum();
        for (int i = 0; i < values.length; i++) {
            squares.add(weight[i] * (values[i] - mean) * (values[i] - mean));
        }
        return mean != 0 ? Math.sqrt(squares.value() / people) / mean : Double.NaN;
    }

    /**
     * Palma ratio: the share of the total held by the top 10 % of people over the share held by the bottom 40 %,
     * {@code (1 − L(0.9)) / L(0.4)} with the Lorenz curve interpolated linearly between its points (a unit that
     * straddles a cut is split pro rata). Infinite when the bottom 40 % hold nothing.
     */
    public static double palma(double[] x, double[] weight) {
        double[][] curve = lorenz(x, weight);
        if (curve.length == 0) {
            return Double.NaN;
        }
        double bottom = interpolate(curve, 0.4);
        double top = 1 - interpolate(curve, 0.9);
        return bottom > 0 ? top / bottom : Double.POSITIVE_INFINITY;
    }

    /** The Lorenz curve's value share at population share p, linear between its points. */
    private static double interpolate(double[][] curve, double p) {
        int k = 1;
        while (curve[k][0] < p) {
            k++;
        }
        double[] low = curve[k - 1];
        double[] high = curve[k];
        return low[1] + (high[1] - low[1]) * (p - low[0]) / (high[0] - low[0]);
    }

    /**
     * Lorenz points {@code [popShare, valueShare]} from (0, 0) to (1, 1), units in ascending x (ties by index),
     * one point per unit with people; empty when the total is 0.
     */
    public static double[][] lorenz(double[] x, double[] weight) {
        double[] values = accessValues(x, weight, true);
        Integer[] order = IntStream.range(0, values.length).filter(i -> weight[i] > 0).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]).thenComparingInt(i -> i));
        double people = CompensatedSum.of(weight);
        CompensatedSum totalValue = new CompensatedSum();
        for (int i : order) {
            totalValue.add(weight[i] * values[i]);
        }
        double total = totalValue.value();
        if (!(total > 0)) {
            return new double[0][];
        }
        double[][] curve = new double[order.length + 1][];
        curve[0] = new double[] {0, 0};
        CompensatedSum cumulativePeople = new CompensatedSum();
        CompensatedSum cumulativeValue = new CompensatedSum();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            cumulativePeople.add(weight[i]);
            cumulativeValue.add(weight[i] * values[i]);
            curve[k + 1] = new double[] {cumulativePeople.value() / people, cumulativeValue.value() / total};
        }
        curve[order.length] = new double[] {1, 1};
        return curve;
    }

    /**
     * Theil T (GE(1)): {@code T = (1/N) Σ_i w_i (x_i/μ) ln(x_i/μ)}, split by group g (people N_g, mean μ_g,
     * value share s_g = N_g μ_g / (N μ)) into between {@code Σ_g s_g ln(μ_g/μ)} and within {@code Σ_g s_g T_g}.
     * Zero values contribute 0 (the limit of x ln x), so T is defined with people who have no access.
     */
    public static Theil theil(double[] x, double[] weight, int[] group) {
        double[] values = accessValues(x, weight, true);
        if (group.length != values.length) {
            throw new IllegalArgumentException("group must have " + values.length + " values, got " + group.length);
        }
        int[] groupIds = IntStream.of(group).distinct().sorted().toArray();
        int groups = groupIds.length;
        double[] groupPeople = new double[groups];
        double[] groupValue = new double[groups];
        for (int i = 0; i < values.length; i++) {
            int g = Arrays.binarySearch(groupIds, group[i]);
            groupPeople[g] += weight[i];
            groupValue[g] += weight[i] * values[i];
        }
        double people = CompensatedSum.of(groupPeople);
        double totalValue = CompensatedSum.of(groupValue);
        if (!(totalValue > 0)) {
            return new Theil(Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = totalValue / people;
        CompensatedSum total = new CompensatedSum();
        double[] groupTheil = new double[groups];
        for (int i = 0; i < values.length; i++) {
            if (weight[i] > 0 && values[i] > 0) {
                int g = Arrays.binarySearch(groupIds, group[i]);
                double groupMean = groupValue[g] / groupPeople[g];
                total.add(weight[i] * values[i] / mean * Math.log(values[i] / mean));
                groupTheil[g] += weight[i] * values[i] / groupMean * Math.log(values[i] / groupMean);
            }
        }
        CompensatedSum between = new CompensatedSum();
        CompensatedSum within = new CompensatedSum();
        for (int g = 0; g < groups; g++) {
            if (groupValue[g] > 0) {
                double share = groupValue[g] / totalValue;
                between.add(share * Math.log(groupValue[g] / groupPeople[g] / mean));
                within.add(share * groupTheil[g] / groupPeople[g]);
            }
        }
        return new Theil(total.value() / people, between.value(), within.value());
    }

    /** x with NaN (no access) as 0, after checking both arrays; negative x refused where {@code nonNegative}. */
    private static double[] accessValues(double[] x, double[] weight, boolean nonNegative) {
        Inputs.requireAmounts("weight", weight, x.length);
        if (!(CompensatedSum.of(weight) > 0)) {
            throw new IllegalArgumentException("the weights must not all be 0");
        }
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = Double.isNaN(x[i]) ? 0 : x[i];
            if (Double.isInfinite(values[i]) || nonNegative && values[i] < 0) {
                throw new IllegalArgumentException("x[" + i + "] must be finite" + (nonNegative ? " and not negative" : "")
                        + ", got " + x[i]);
            }
        }
        return values;
    }
}
