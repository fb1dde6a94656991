package org.welfareintelligence.scenario;

import java.util.Arrays;
import java.util.Locale;
import org.welfareintelligence.scenario.core.Ordering;
import tools.jackson.databind.JsonNode;

/**
 * The question "in which order, within a budget per year?" as the API receives it: {@code budgetPerYear} one
 * amount for every year or one per year of the horizon, {@code objective} {@code served} (the default) or
 * {@code within_reach}. {@link #parse} checks it into an {@link OrderQuestion}.
 */
record OrderRequest(JsonNode budgetPerYear, String objective) {

    /** A checked question: the budget of each year of the horizon and what to maximise summed over it. */
    record OrderQuestion(double[] budget, Ordering.Objective objective) {
    }

    OrderQuestion parse(int horizon) {
        double[] budget = new double[horizon];
        if (budgetPerYear == null || budgetPerYear.isNull()) {
            throw new IllegalArgumentException("budgetPerYear: required, one amount or one per year of the horizon");
        }
        if (budgetPerYear.isNumber()) {
            Arrays.fill(budget, amount(budgetPerYear, "budgetPerYear"));
        } else if (budgetPerYear.isArray()) {
            if (budgetPerYear.size() != horizon) {
                throw new IllegalArgumentException("budgetPerYear: " + horizon + " amounts, one per year of the "
                        + "horizon, got " + budgetPerYear.size());
            }
            for (int t = 0; t < horizon; t++) {
                budget[t] = amount(budgetPerYear.get(t), "budgetPerYear[" + t + "]");
            }
        } else {
            throw new IllegalArgumentException("budgetPerYear: one amount or a list of one per year of the horizon");
        }
        String name = objective == null || objective.isBlank() ? "served" : objective.trim().toLowerCase(Locale.ROOT);
        Ordering.Objective chosen = switch (name) {
            case "served" -> Ordering.Objective.SERVED;
            case "within_reach" -> Ordering.Objective.WITHIN_REACH;
            default -> throw new IllegalArgumentException("objective: served or within_reach, got '" + objective + "'");
        };
        return new OrderQuestion(budget, chosen);
    }

    private static double amount(JsonNode node, String field) {
        if (node == null || !node.isNumber() || !(node.doubleValue() >= 0) || Double.isInfinite(node.doubleValue())) {
            throw new IllegalArgumentException(field + ": an amount not below 0, got " + node);
        }
        return node.doubleValue();
    }
}
