package org.welfareintelligence.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.welfareintelligence.projection.core.Method;
import org.welfareintelligence.security.Role;
import org.welfareintelligence.territory.AreaLevel;
import tools.jackson.databind.JsonNode;

/**
 * A checked scenario: the horizon {@code baseYear .. baseYear + horizon − 1}, the service type, the targets
 * whose demand adds up, who it is shared with, the assumptions and the typed changes. Every problem is an
 * IllegalArgumentException (a 400) naming the field, such as {@code changes[2].places}.
 */
record ScenarioDefinition(String name, int baseYear, int horizon, String serviceType, List<String> targets,
                          boolean baseline, List<String> sharedRoles, List<Long> sharedOrganisations, double cutoff,
                          double normPer1000, double takeUp, List<Change> changes) {

    static final int MAX_HORIZON = 30;
    static final int MAX_CHANGES = 100;
    static final int MAX_TARGETS = 10;

    sealed interface Change permits Open, Close, Resize, Mix, DemandChange {
        int year();

        double cost();
    }

    /** A new centre at a point (lon/lat) or at a section's centroid. */
    record Open(String name, Double lon, Double lat, String section, double places, Double staff, int year,
                int rampUpMonths, double cost) implements Change {
    }

    record Close(String facility, int year, double cost) implements Change {
    }

    record Resize(String facility, double places, int year, double cost) implements Change {
    }

    /**
     * Places moved between service types at a facility: {@code places} per service type code (±). Only the
     * scenario's service type is simulated, by {@code servicePlaces}; the others are checked and kept.
     */
    record Mix(String facility, Map<String, Double> places, double servicePlaces, int year, double cost)
            implements Change {
    }

    /** A target's demand in an area (null level: the city) by a percentage from a year, or projected by a method. */
    record DemandChange(String target, AreaLevel level, String areaCode, Double percent, Method method, int year,
                        double cost) implements Change {
    }

    int lastYear() {
        return baseYear + horizon - 1;
    }

    int[] years() {
        int[] years = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            years[t] = baseYear + t;
        }
        return years;
    }

    double totalCost() {
        return changes.stream().mapToDouble(Change::cost).sum();
    }

    static ScenarioDefinition parse(ScenarioRequest request, double defaultCutoff) {
        if (request == null) {
            throw new IllegalArgumentException("the request body is required");
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(c -> c == '<' || c == '>' || c < 32)) {
            throw new IllegalArgumentException("name: 1 to 200 characters, without markup or control characters");
        }
        int baseYear = required(request.baseYear(), "baseYear");
        if (baseYear < 2000 || baseYear > 2100) {
            throw new IllegalArgumentException("baseYear: between 2000 and 2100, got " + baseYear);
        }
        int horizon = request.horizon() == null ? 10 : request.horizon();
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon: 1 to " + MAX_HORIZON + " years, got " + horizon);
        }
        String serviceType = code(request.serviceType(), "serviceType");
        List<String> targets = targets(request.targets());
        boolean baseline = Boolean.TRUE.equals(request.baseline());
        ScenarioRequest.Sharing sharing = request.sharedWith();
        List<String> roles = roles(sharing == null ? null : sharing.roles());
        Set<Long> shared = sharing == null || sharing.organisations() == null ? new LinkedHashSet<>()
                : new LinkedHashSet<>(sharing.organisations());
        if (shared.contains(null)) {
            throw new IllegalArgumentException("sharedWith.organisations: ids must not be null");
        }
        List<Long> organisations = List.copyOf(shared);
        ScenarioRequest.Assumptions assumptions = request.assumptions();
        double cutoff = positive(assumptions == null ? null : assumptions.cutoff(), defaultCutoff, "assumptions.cutoff");
        double norm = assumptions == null || assumptions.normPer1000() == null ? 0 : assumptions.normPer1000();
        if (!(norm >= 0) || norm > 1000) {
            throw new IllegalArgumentException("assumptions.normPer1000: between 0 and 1000, got " + norm);
        }
        double takeUp = assumptions == null || assumptions.takeUp() == null ? 1 : assumptions.takeUp();
        if (!(takeUp > 0 && takeUp <= 1)) {
            throw new IllegalArgumentException("assumptions.takeUp: above 0 and at most 1, got " + takeUp);
        }
        List<ScenarioRequest.Change> given = request.changes() == null ? List.of() : request.changes();
        if (baseline && !given.isEmpty()) {
            throw new IllegalArgumentException("changes: a baseline has no changes");
        }
        if (given.size() > MAX_CHANGES) {
            throw new IllegalArgumentException("changes: at most " + MAX_CHANGES + ", got " + given.size());
        }
        ScenarioDefinition shell = new ScenarioDefinition(name, baseYear, horizon, serviceType, targets, baseline,
                roles, organisations, cutoff, norm, takeUp, List.of());
        List<Change> changes = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            changes.add(shell.change(given.get(k), "changes[" + k + "]"));
        }
        return new ScenarioDefinition(name, baseYear, horizon, serviceType, targets, baseline, roles, organisations,
                cutoff, norm, takeUp, List.copyOf(changes));
    }

    private Change change(ScenarioRequest.Change change, String field) {
        if (change == null) {
            throw new IllegalArgumentException(field + ": a change is required");
        }
        String kind = change.kind() == null ? "" : change.kind().trim().toLowerCase(Locale.ROOT);
        int year = change.year() == null ? baseYear : change.year();
        if (year < baseYear || year > lastYear()) {
            throw new IllegalArgumentException(field + ".year: within the horizon " + baseYear + "–" + lastYear()
                    + ", got " + year);
        }
        double cost = change.cost() == null ? 0 : change.cost();
        // a closure or a cut of places may save money: its cost may be below 0
        Double places = kind.equals("mix") ? null : number(change.places(), field + ".places");
        boolean saving = kind.equals("close") || kind.equals("resize") && places != null && places < 0;
        if (!Double.isFinite(cost) || cost < 0 && !saving) {
            throw new IllegalArgumentException(field + ".cost: a number not below 0 (below 0, a saving, only for a "
                    + "closure or places removed), got " + cost);
        }
        return switch (kind) {
            case "open" -> open(change, field, year, cost);
            case "close" -> new Close(code(change.facility(), field + ".facility"), year, cost);
            case "resize" -> {
                double added = required(places, field + ".places");
                if (added == 0 || !Double.isFinite(added)) {
                    throw new IllegalArgumentException(field + ".places: places added (+) or removed (−), not 0");
                }
                yield new Resize(code(change.facility(), field + ".facility"), added, year, cost);
            }
            case "mix" -> mix(change, field, year, cost);
            case "demand" -> demand(change, field, year, cost);
            default -> throw new IllegalArgumentException(field + ".kind: open, close, resize, mix or demand, got '"
                    + change.kind() + "'");
        };
    }

    private static Open open(ScenarioRequest.Change change, String field, int year, double cost) {
        double places = required(number(change.places(), field + ".places"), field + ".places");
        if (!(places > 0) || places > 100_000) {
            throw new IllegalArgumentException(field + ".places: above 0 and at most 100000, got " + places);
        }
        int rampUp = change.rampUpMonths() == null ? 0 : change.rampUpMonths();
        if (rampUp < 0 || rampUp > 120) {
            throw new IllegalArgumentException(field + ".rampUpMonths: 0 to 120, got " + rampUp);
        }
        Double staff = change.staff();
        if (staff != null && (!(staff >= 0) || Double.isInfinite(staff))) {
            throw new IllegalArgumentException(field + ".staff: a number not below 0, got " + staff);
        }
        List<Double> point = change.point();
        String section = change.section() == null || change.section().isBlank() ? null : change.section().trim();
        if ((point == null) == (section == null)) {
            throw new IllegalArgumentException(field + ".point: give either a point [lon, lat] or a section");
        }
        Double lon = null;
        Double lat = null;
        if (point != null) {
            if (point.size() != 2 || point.get(0) == null || point.get(1) == null
                    || !(Math.abs(point.get(0)) <= 180) || !(Math.abs(point.get(1)) <= 90)) {
                throw new IllegalArgumentException(field + ".point: [lon, lat] in degrees (EPSG:4326)");
            }
            lon = point.get(0);
            lat = point.get(1);
        }
        String name = change.name() == null || change.name().isBlank() ? null : change.name().strip();
        if (name != null && (name.length() > 200 || name.chars().anyMatch(c -> c == '<' || c == '>' || c < 32))) {
            throw new IllegalArgumentException(field + ".name: at most 200 characters, without markup");
        }
        return new Open(name, lon, lat, section, places, staff, year, rampUp, cost);
    }

    /** A mix must move places of the scenario's own service type, else it would change nothing simulated. */
    private Mix mix(ScenarioRequest.Change change, String field, int year, double cost) {
        String facility = code(change.facility(), field + ".facility");
        JsonNode given = change.places();
        if (given == null || !given.isObject() || given.isEmpty() || given.size() > 20) {
            throw new IllegalArgumentException(field + ".places: 1 to 20 service types with the places each gains "
                    + "(+) or loses (−), e.g. {\"" + serviceType + "\": 10, \"OTHER_SERVICE\": -10}");
        }
        Map<String, Double> places = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            String type = code(entry.getKey(), field + ".places");
            JsonNode value = entry.getValue();
            if (!value.isNumber() || value.doubleValue() == 0 || !Double.isFinite(value.doubleValue())
                    || Math.abs(value.doubleValue()) > 100_000) {
                throw new IllegalArgumentException(field + ".places." + type + ": places gained (+) or lost (−), "
                        + "not 0, at most 100000, got " + value);
            }
            places.put(type, value.doubleValue());
        }
        Double own = places.get(serviceType);
        if (own == null) {
            throw new IllegalArgumentException(field + ".places: a mix must move places of the scenario's service "
                    + "type " + serviceType + ", the one simulated");
        }
        return new Mix(facility, Map.copyOf(places), own, year, cost);
    }

    private DemandChange demand(ScenarioRequest.Change change, String field, int year, double cost) {
        String target = code(change.target(), field + ".target");
        if (!targets.contains(target)) {
            throw new IllegalArgumentException(field + ".target: " + target + " is not one of the scenario's targets "
                    + targets);
        }
        AreaLevel level = null;
        String areaCode = null;
        if (change.areaLevel() != null && !change.areaLevel().isBlank()) {
            try {
                level = AreaLevel.parse(change.areaLevel());
            } catch (IllegalArgumentException e) {
                level = AreaLevel.CITY;
            }
            if (level == AreaLevel.CITY) {
                throw new IllegalArgumentException(field + ".areaLevel: municipio, nil or ace (none for the city), got '"
                        + change.areaLevel() + "'");
            }
            areaCode = code(change.areaCode(), field + ".areaCode");
        }
        Double percent = change.percent();
        Method method = null;
        if (change.method() != null && !change.method().isBlank()) {
            try {
                method = Method.parse(change.method());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(field + ".method: " + e.getMessage());
            }
        }
        if ((percent == null) == (method == null)) {
            throw new IllegalArgumentException(field + ".percent: give either a percent or a projection method");
        }
        if (percent != null && (!(percent > -100) || percent > 1000)) {
            throw new IllegalArgumentException(field + ".percent: above −100 and at most 1000, got " + percent);
        }
        return new DemandChange(target, level, areaCode, percent, method, year, cost);
    }

    private static List<String> targets(List<String> given) {
        if (given == null || given.isEmpty() || given.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("targets: 1 to " + MAX_TARGETS + " target codes (see /api/targets)");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int k = 0; k < given.size(); k++) {
            codes.add(code(given.get(k), "targets[" + k + "]"));
        }
        return List.copyOf(codes);
    }

    private static List<String> roles(List<String> given) {
        if (given == null) {
            return List.of();
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : given) {
            String normalised = role == null ? "" : role.trim().toUpperCase(Locale.ROOT);
            try {
                roles.add(Role.valueOf(normalised).name());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sharedWith.roles: PLANNER, ORGANISATION, FOUNDATION or ADMIN, got '"
                        + role + "'");
            }
        }
        return List.copyOf(roles);
    }

    private static String code(String value, String field) {
        if (value == null || value.isBlank() || value.length() > 60) {
            throw new IllegalArgumentException(field + ": a code is required");
        }
        return value.trim();
    }

    /** A number given as JSON, or null when left out. */
    private static Double number(JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException(field + ": a number, got " + value);
        }
        return value.doubleValue();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }

    private static double positive(Double value, double fallback, String field) {
        double v = value == null ? fallback : value;
        if (!(v > 0) || v > 100_000) {
            throw new IllegalArgumentException(field + ": above 0 and at most 100000, got " + v);
        }
        return v;
    }
}
