package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The location models a job can run, by their API code, with the parameters each one needs. */
public enum SitingModel {

    P_MEDIAN("p-median", "Shortest total distance (p-median)", true, false),
    MAXIMAL_COVERING("max-covering", "Most people within the radius (MCLP)", true, false),
    SET_COVERING("set-covering", "Fewest sites reaching everyone within the radius (LSCP)", false, false),
    P_CENTER("p-center", "Shortest longest distance (p-center)", true, false),
    CAPACITATED_P_MEDIAN("capacitated-p-median", "Shortest total distance within capacities", true, false),
    MAX_CAPACITATED_COVERING("max-capacitated-covering", "Most people served within the radius and capacities",
            true, false),
    BUDGET_COVERING("budget-covering", "Most people within the radius for a budget", false, true);

    private final String code;
    private final String label;
    private final boolean needsNewSites;
    private final boolean needsBudget;

    SitingModel(String code, String label, boolean needsNewSites, boolean needsBudget) {
        this.code = code;
        this.label = label;
        this.needsNewSites = needsNewSites;
        this.needsBudget = needsBudget;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether the request must say how many new sites to open. */
    public boolean needsNewSites() {
        return needsNewSites;
    }

    /** Whether sites serve within their places, so the request must give the places of a new site. */
    public boolean hasCapacities() {
        return this == CAPACITATED_P_MEDIAN || this == MAX_CAPACITATED_COVERING;
    }

    /** Whether the request must give a budget and the cost of a new site. */
    public boolean needsBudget() {
        return needsBudget;
    }

    /** The request fields this model reads besides service type and targets, for forms to show. */
    public List<String> parameters() {
        List<String> fields = new ArrayList<>();
        if (needsNewSites) {
            fields.add("newSites");
        }
        fields.add("radiusMetres");
        if (hasCapacities()) {
            fields.add("newSiteCapacity");
        }
        if (needsBudget) {
            fields.add("budget");
            fields.add("siteCost");
        }
        return fields;
    }

    /** The model with this code; p-median when none is given. */
    static SitingModel parse(String code) {
        if (code == null || code.isBlank()) {
            return P_MEDIAN;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model '" + code + "' is unknown: use "
                        + Arrays.stream(values()).map(SitingModel::code).collect(Collectors.joining(", "))));
    }
}
