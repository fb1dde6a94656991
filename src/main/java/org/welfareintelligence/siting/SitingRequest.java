package org.welfareintelligence.siting;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.welfareintelligence.supply.SupplyInForce;

/**
 * What a planner asks: which model, for which service type (its open facilities stay open), which targets'
 * demand (each with a weight), how many new sites, the access standard and where new sites may go.
 * Missing optional fields take the defaults below; {@link #checked} refuses what cannot be solved.
 *
 * @param model         "p-median" (default); see {@link SitingModel}
 * @param serviceType   code of the service type whose open facilities are kept open
 * @param targets       demand targets with weights (weight 1 when omitted)
 * @param period        demand period; when omitted, the one in force in {@code year}, else the newest of each target
 * @param year          the year looked at: demand in force then (unless period is given) and the facilities in force
 *                      on 1 July of it (unless date is given)
 * @param date          the facilities in force on this date (YYYY-MM-DD) stay open; today when neither date nor
 *                      year is given
 * @param newSites      how many new sites to open (p); not for set-covering and budget-covering
 * @param newSiteCapacity places of a new site (capacitated models), in the unit of the weighted demand
 * @param budget        money available for new sites (budget-covering)
 * @param siteCost      cost of opening one new site (budget-covering)
 * @param costs         how travel is measured: {@code euclidean} (straight line × detour factor, metres; default)
 *                      or {@code imported} (the table imported at /api/imports/travel-costs)
 * @param costUnit      unit of the imported table to use: {@code minutes} (default) or {@code metres}
 * @param radiusMetres  access standard S in metres: a person is "within reach" when the site is at most this far
 *                      (1,000 m)
 * @param detourFactor  travel distance over straight-line distance (1.3; euclidean costs only)
 * @param cutoffMetres  travel is capped here: farther people count as unserved at this cost (10,000 m)
 * @param radiusMinutes access standard S in minutes, for imported travel times (15)
 * @param cutoffMinutes cutoff in minutes, for imported travel times (60); pairs the table lacks are unreachable
 * @param candidates    where new sites may go (section centroids when omitted)
 * @param phasing       when to open the new sites: a budget per year and the cost of a site (optional)
 * @param timeLimitSeconds solver time limit (configuration default when omitted)
 * @param seed          random seed of the solver (1)
 */
public record SitingRequest(
        String model,
        String serviceType,
        List<TargetWeight> targets,
        String period,
        Integer year,
        String date,
        Integer newSites,
        Double newSiteCapacity,
        Double budget,
        Double siteCost,
        String costs,
        String costUnit,
        Double radiusMetres,
        Double detourFactor,
        Double cutoffMetres,
        Double radiusMinutes,
        Double cutoffMinutes,
        Candidates candidates,
        PhasingRequest phasing,
        Double timeLimitSeconds,
        Long seed) {

    /** One target whose demand counts, and how much one person of it weighs. */
    public record TargetWeight(String code, Double weight) {
    }

    /**
     * Where new sites may go: {@code sections} (every section centroid), {@code grid} (a regular grid of
     * {@code spacingMetres} clipped to the city) or {@code list} (given {@code points} as [lon, lat] and/or
     * {@code sectionCodes}, whose centroids are used).
     */
    public record Candidates(String kind, Double spacingMetres, List<List<Double>> points, List<String> sectionCodes) {
    }

    /**
     * The opening order of the plan's new sites over the years: {@code budgetPerYear} (1 to 30 years, unused
     * money is not carried over) and {@code siteCost}, the cost of opening one site (1 when omitted, so that
     * budgets count sites).
     */
    public record PhasingRequest(List<Double> budgetPerYear, Double siteCost) {
    }

    /** Kinds of candidate sets. */
    enum CandidateKind { SECTIONS, GRID, LIST }

    /** How travel is measured. */
    enum CostKind { EUCLIDEAN, IMPORTED }

    static final double DEFAULT_RADIUS = 1000;
    static final double DEFAULT_DETOUR = 1.3;
    static final double DEFAULT_CUTOFF = 10_000;
    static final double DEFAULT_RADIUS_MINUTES = 15;
    static final double DEFAULT_CUTOFF_MINUTES = 60;

    /** The request with defaults filled in, or an {@link IllegalArgumentException} naming the first problem. */
    SitingRequest checked(SitingProperties limits) {
        SitingModel parsedModel = SitingModel.parse(model);
        if (serviceType == null || serviceType.isBlank()) {
            throw new IllegalArgumentException("serviceType is required: the code of the service type to plan for");
        }
        if (targets == null || targets.isEmpty()) {
            throw new IllegalArgumentException("targets is required: at least one {\"code\": ..., \"weight\": ...}");
        }
        List<TargetWeight> weighted = targets.stream().map(SitingRequest::checked).toList();
        if (weighted.stream().map(TargetWeight::code).distinct().count() < weighted.size()) {
            throw new IllegalArgumentException("targets: a target is listed twice");
        }
        if (parsedModel.needsNewSites() && (newSites == null || newSites <= 0)) {
            throw new IllegalArgumentException("newSites must be a positive number of new sites, got " + newSites);
        }
        if (!parsedModel.needsNewSites() && newSites != null) {
            throw new IllegalArgumentException("model " + parsedModel.code() + " chooses how many sites to open: "
                    + "leave newSites out");
        }
        Double capacity = null;
        if (parsedModel.hasCapacities()) {
            if (newSiteCapacity == null) {
                throw new IllegalArgumentException("newSiteCapacity is required by " + parsedModel.code());
            }
            capacity = positiveOr(newSiteCapacity, 0, "newSiteCapacity");
        }
        Double money = null;
        Double openingCost = null;
        if (parsedModel.needsBudget()) {
            if (budget == null || siteCost == null) {
                throw new IllegalArgumentException("budget and siteCost are required by " + parsedModel.code());
            }
            money = positiveOr(budget, 0, "budget");
            openingCost = positiveOr(siteCost, 0, "siteCost");
        }
        CostKind kind = costKind(costs);
        String unit = kind == CostKind.IMPORTED ? importedUnit(costUnit) : null;
        if (kind == CostKind.EUCLIDEAN && costUnit != null) {
            throw new IllegalArgumentException("costUnit applies to imported travel costs only (costs=imported)");
        }
        boolean minutes = "minutes".equals(unit);
        if (!minutes && (radiusMinutes != null || cutoffMinutes != null)) {
            throw new IllegalArgumentException("radiusMinutes and cutoffMinutes apply to imported travel times "
                    + "(costs=imported, costUnit=minutes); give radiusMetres and cutoffMetres instead");
        }
        if (minutes && (radiusMetres != null || cutoffMetres != null)) {
            throw new IllegalArgumentException("imported travel times are in minutes: give radiusMinutes and "
                    + "cutoffMinutes instead of radiusMetres and cutoffMetres");
        }
        if (kind == CostKind.IMPORTED && detourFactor != null) {
            throw new IllegalArgumentException("detourFactor applies to euclidean costs only: imported travel costs "
                    + "are used as they are");
        }
        double radius = minutes ? positiveOr(radiusMinutes, DEFAULT_RADIUS_MINUTES, "radiusMinutes")
                : positiveOr(radiusMetres, DEFAULT_RADIUS, "radiusMetres");
        double cutoff = minutes ? positiveOr(cutoffMinutes, DEFAULT_CUTOFF_MINUTES, "cutoffMinutes")
                : positiveOr(cutoffMetres, DEFAULT_CUTOFF, "cutoffMetres");
        if (cutoff < radius) {
            String suffix = minutes ? "Minutes" : "Metres";
            throw new IllegalArgumentException("cutoff" + suffix + " (" + cutoff + ") must not be below radius" + suffix
                    + " (" + radius + ")");
        }
        Double detour = kind == CostKind.IMPORTED ? null : positiveOr(detourFactor, DEFAULT_DETOUR, "detourFactor");
        if (detour != null && detour < 1) {
            throw new IllegalArgumentException("detourFactor must be at least 1 (travel is never shorter than a "
                    + "straight line), got " + detour);
        }
        Candidates where = checked(candidates);
        if (kind == CostKind.IMPORTED && ("grid".equals(where.kind()) || where.points() != null && !where.points().isEmpty())) {
            throw new IllegalArgumentException("imported travel costs reach census sections only: use candidates "
                    + "of kind sections, or a list of sectionCodes without points");
        }
        double limit = positiveOr(timeLimitSeconds, limits.timeLimit().toMillis() / 1000.0, "timeLimitSeconds");
        if (limit * 1000 > limits.maxTimeLimit().toMillis()) {
            throw new IllegalArgumentException("timeLimitSeconds must be at most " + limits.maxTimeLimit().toSeconds()
                    + ", got " + limit);
        }
        return new SitingRequest(parsedModel.code(), serviceType.trim(), weighted,
                period == null || period.isBlank() ? null : period.trim(), year,
                SupplyInForce.date(date, year).toString(), newSites, capacity, money, openingCost,
                kind.name().toLowerCase(Locale.ROOT), unit, minutes ? null : radius, detour, minutes ? null : cutoff,
                minutes ? radius : null, minutes ? cutoff : null, where, checked(phasing), limit,
                seed == null ? 1L : seed);
    }

    SitingModel parsedModel() {
        return SitingModel.parse(model);
    }

    /** New sites asked for, 0 when the model decides. */
    int newSiteCount() {
        return newSites == null ? 0 : newSites;
    }

    Duration timeLimit() {
        return Duration.ofMillis(Math.round(timeLimitSeconds * 1000));
    }

    /** The access standard S in the unit of the costs. */
    double radius() {
        return radiusMinutes != null ? radiusMinutes : radiusMetres;
    }

    /** The cutoff in the unit of the costs. */
    double cutoff() {
        return cutoffMinutes != null ? cutoffMinutes : cutoffMetres;
    }

    /** Unit of travel: "m" for metres, "min" for imported travel times in minutes. */
    String unit() {
        return "minutes".equals(costUnit) ? "min" : "m";
    }

    CostKind costKind() {
        return CostKind.valueOf(costs.toUpperCase(Locale.ROOT));
    }

    CandidateKind candidateKind() {
        return CandidateKind.valueOf(candidates.kind().toUpperCase(Locale.ROOT));
    }

    private static PhasingRequest checked(PhasingRequest phasing) {
        if (phasing == null) {
            return null;
        }
        List<Double> budgets = phasing.budgetPerYear();
        if (budgets == null || budgets.isEmpty() || budgets.size() > 30) {
            throw new IllegalArgumentException("phasing.budgetPerYear must list the budget of 1 to 30 years, got "
                    + (budgets == null ? "none" : budgets.size()));
        }
        for (int y = 0; y < budgets.size(); y++) {
            Double budget = budgets.get(y);
            if (budget == null || !(budget >= 0) || budget.isInfinite()) {
                throw new IllegalArgumentException("phasing.budgetPerYear[" + y + "] must be a non-negative number, got "
                        + budget);
            }
        }
        return new PhasingRequest(List.copyOf(budgets), positiveOr(phasing.siteCost(), 1.0, "phasing.siteCost"));
    }

    private static CostKind costKind(String name) {
        if (name == null || name.isBlank()) {
            return CostKind.EUCLIDEAN;
        }
        try {
            return CostKind.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("costs '" + name + "' is unknown: use euclidean or imported");
        }
    }

    /** "minutes" or "metres", as the imported table names its unit in lower case. */
    private static String importedUnit(String name) {
        if (name == null || name.isBlank()) {
            return "minutes";
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "minutes", "min" -> "minutes";
            case "metres", "meters", "m" -> "metres";
            default -> throw new IllegalArgumentException("costUnit '" + name + "' is unknown: use minutes or metres");
        };
    }

    private static TargetWeight checked(TargetWeight target) {
        if (target == null || target.code() == null || target.code().isBlank()) {
            throw new IllegalArgumentException("targets: every entry needs a code");
        }
        double weight = positiveOr(target.weight(), 1.0, "weight of target " + target.code());
        return new TargetWeight(target.code().trim(), weight);
    }

    private static Candidates checked(Candidates candidates) {
        if (candidates == null || candidates.kind() == null || candidates.kind().isBlank()) {
            return new Candidates("sections", null, null, null);
        }
        CandidateKind kind;
        try {
            kind = CandidateKind.valueOf(candidates.kind().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("candidates.kind '" + candidates.kind()
                    + "' is unknown: use sections, grid or list");
        }
        return switch (kind) {
            case SECTIONS -> new Candidates("sections", null, null, null);
            case GRID -> {
                if (candidates.spacingMetres() == null || !(candidates.spacingMetres() > 0)) {
                    throw new IllegalArgumentException("candidates.spacingMetres must be a positive distance for a grid, got "
                            + candidates.spacingMetres());
                }
                yield new Candidates("grid", candidates.spacingMetres(), null, null);
            }
            case LIST -> {
                List<List<Double>> points = candidates.points() == null ? List.of() : candidates.points();
                List<String> codes = candidates.sectionCodes() == null ? List.of() : candidates.sectionCodes();
                if (points.isEmpty() && codes.isEmpty()) {
                    throw new IllegalArgumentException("candidates of kind list need points ([lon, lat] pairs) "
                            + "or sectionCodes");
                }
                for (int k = 0; k < points.size(); k++) {
                    checkPoint(k, points.get(k));
                }
                for (int k = 0; k < codes.size(); k++) {
                    if (codes.get(k) == null || codes.get(k).isBlank()) {
                        throw new IllegalArgumentException("candidates.sectionCodes[" + k + "] is empty");
                    }
                }
                yield new Candidates("list", null, List.copyOf(points), codes.stream().map(String::trim).toList());
            }
        };
    }

    private static void checkPoint(int index, List<Double> point) {
        if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
            throw new IllegalArgumentException("candidates.points[" + index + "] must be [lon, lat], got " + point);
        }
        double lon = point.get(0);
        double lat = point.get(1);
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("candidates.points[" + index + "] = [" + lon + ", " + lat
                    + "] is not a longitude, latitude pair in degrees (EPSG:4326)");
        }
    }

    private static double positiveOr(Double value, double fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (!(value > 0) || value.isInfinite()) {
            throw new IllegalArgumentException(name + " must be a positive number, got " + value
                    + (name.equals("radiusMetres") && value < 0 ? " (a radius cannot be negative)" : ""));
        }
        return value;
    }
}
