package org.welfareintelligence.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.analytics.AnalyticsProperties;
import org.welfareintelligence.analytics.measure.EuclideanCosts;
import org.welfareintelligence.analytics.measure.SparseCosts;
import org.welfareintelligence.database.DataVersion;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.projection.core.Projection;
import org.welfareintelligence.projection.core.Projector;
import org.welfareintelligence.projection.core.Series;
import org.welfareintelligence.scenario.core.Assignment;
import org.welfareintelligence.scenario.core.CentreChange;
import org.welfareintelligence.scenario.core.RampUp;
import org.welfareintelligence.scenario.core.Simulation;
import org.welfareintelligence.scenario.core.SupplyPlan;
import org.welfareintelligence.territory.AreaLevel;

/**
 * Checks a scenario against the database (service type, targets, facilities, sections, areas, organisations; an
 * organisation member may close or resize only its own organisation's facilities) and loads what its simulation
 * needs as arrays: sections in the metric CRS with their municipio, the demand path per year (each target's
 * newest period through its disclosure release, then the scenario's demand changes), the centres in force per
 * year ({@link ScenarioSupply}) plus the ones the scenario opens, and straight-line travel costs within the cutoff
 * ({@code analytics.measure.EuclideanCosts} with the analytics' detour factor and speed).
 */
@Component
class ScenarioInputs {

    /** A centre of the simulation: today's facilities first, then the openings in the order of the changes. */
    record Centre(String code, String name, boolean opened, double lon, double lat, Double monthsToRunIn) {
    }

    /**
     * Everything a simulation needs, loaded for one reader (controlled or not) at one data version;
     * {@code centreChanges} are the scenario's changes of centres, {@code changeIndex} the position of each in
     * the scenario's changes; the demand of each target (in the order of the scenario's targets) is
     * {@code baselineDemandByTarget[target][section]} and {@code scenarioDemandByTarget[target][year][section]}.
     */
    record Prepared(long scenarioId, ScenarioDefinition definition, long dataVersion, boolean controlled,
                    StudySections sections, List<Centre> centres, Simulation.Input baseline, Simulation.Input scenario,
                    Assignment assignment, String unit, List<CentreChange> centreChanges, int[] changeIndex,
                    double[][] baselineDemandByTarget, double[][][] scenarioDemandByTarget) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;
    private final ScenarioSupply supply;
    private final StudyInputs studyInputs;
    private final DataVersion dataVersion;
    private final DisclosureControl disclosure;
    private final EuclideanCosts costs;

    ScenarioInputs(NamedParameterJdbcTemplate jdbc, CityProperties city, ScenarioSupply supply, StudyInputs studyInputs,
                   DataVersion dataVersion, DisclosureControl disclosure, AnalyticsProperties analytics) {
        this.jdbc = jdbc;
        this.city = city;
        this.supply = supply;
        this.studyInputs = studyInputs;
        this.dataVersion = dataVersion;
        this.disclosure = disclosure;
        this.costs = new EuclideanCosts(analytics.detourFactor(), analytics.speedKmh());
    }

    /** Refuses, naming the field, what in the scenario names nothing in the database or is not the caller's. */
    void check(ScenarioDefinition definition, ScenarioStore.Reader reader, boolean everyOrganisation) {
        checkCodes(definition);
        ScenarioSupply.Centres centres = supply.read(definition.serviceType(), definition.years());
        for (int k = 0; k < definition.changes().size(); k++) {
            ScenarioDefinition.Change change = definition.changes().get(k);
            String field = "changes[" + k + "]";
            String facility = change instanceof ScenarioDefinition.Close close ? close.facility()
                    : change instanceof ScenarioDefinition.Resize resize ? resize.facility()
                    : change instanceof ScenarioDefinition.Mix mix ? mix.facility() : null;
            if (facility != null) {
                int j = centres.indexOf(facility);
                if (j < 0) {
                    throw new IllegalArgumentException(field + ".facility: no facility " + facility + " offers "
                            + definition.serviceType());
                }
                if (!everyOrganisation && (reader.organisationId() == null
                        || !Objects.equals(centres.organisationId()[j], reader.organisationId()))) {
                    throw new IllegalArgumentException(field + ".facility: " + facility
                            + " is not run by your organisation: an organisation's scenario changes only its own facilities");
                }
            }
            if (change instanceof ScenarioDefinition.Mix mix) {
                checkMix(mix, definition.serviceType(), field);
            }
            if (change instanceof ScenarioDefinition.Open open && open.section() != null
                    && jdbc.queryForList("SELECT 1 FROM census_section WHERE code = :code AND centroid IS NOT NULL",
                    Map.of("code", open.section()), Integer.class).isEmpty()) {
                throw new IllegalArgumentException(field + ".section: no located census section " + open.section());
            }
            if (change instanceof ScenarioDefinition.DemandChange projected && projected.method() != null) {
                periodYears(projected.target(), periods(projected.target()), field);
            }
            if (change instanceof ScenarioDefinition.DemandChange demandChange && demandChange.level() != null
                    && jdbc.queryForList("SELECT 1 FROM territorial_area WHERE level = :level AND code = :code",
                    Map.of("level", demandChange.level().name(), "code", demandChange.areaCode()), Integer.class).isEmpty()) {
                throw new IllegalArgumentException(field + ".areaCode: no " + demandChange.level().name().toLowerCase()
                        + " " + demandChange.areaCode());
            }
        }
        List<Long> organisations = definition.sharedOrganisations();
        if (!organisations.isEmpty()) {
            List<Long> known = jdbc.queryForList("SELECT id FROM organisation WHERE id IN (:ids)",
                    Map.of("ids", organisations), Long.class);
            List<Long> unknown = organisations.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("sharedWith.organisations: no organisation " + unknown);
            }
        }
    }

    /** The other service types of a mix exist, and those losing places are offered by the facility. */
    private void checkMix(ScenarioDefinition.Mix mix, String serviceType, String field) {
        for (Map.Entry<String, Double> moved : mix.places().entrySet()) {
            String type = moved.getKey();
            if (type.equals(serviceType)) {
                continue;
            }
            if (jdbc.queryForList("SELECT 1 FROM service_type WHERE code = :code", Map.of("code", type),
                    Integer.class).isEmpty()) {
                throw new IllegalArgumentException(field + ".places." + type + ": unknown service type (see "
                        + "/api/service-types)");
            }
            if (moved.getValue() < 0 && jdbc.queryForList("""
                    SELECT 1 FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                    JOIN service_type st ON st.id = fs.service_type_id WHERE f.code = :facility AND st.code = :type""",
                    Map.of("facility", mix.facility(), "type", type), Integer.class).isEmpty()) {
                throw new IllegalArgumentException(field + ".places." + type + ": " + mix.facility()
                        + " does not offer " + type + ", so it has no places of it to give up");
            }
        }
    }

    private void checkCodes(ScenarioDefinition definition) {
        if (jdbc.queryForList("SELECT 1 FROM service_type WHERE code = :code", Map.of("code", definition.serviceType()),
                Integer.class).isEmpty()) {
            throw new IllegalArgumentException("serviceType: unknown service type '" + definition.serviceType()
                    + "' (see /api/service-types)");
        }
        List<String> known = jdbc.queryForList("SELECT code FROM target WHERE code IN (:codes)",
                Map.of("codes", definition.targets()), String.class);
        List<String> unknown = definition.targets().stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("targets: unknown target " + String.join(", ", unknown)
                    + " (see /api/targets)");
        }
    }

    /** Loads the inputs of the scenario and of its baseline for the current reader. */
    Prepared prepare(long scenarioId, ScenarioDefinition definition) {
        checkCodes(definition);
        long version = dataVersion.current();
        int[] years = definition.years();
        StudySections sections = studyInputs.sections();
        if (sections.size() == 0) {
            throw new IllegalArgumentException("there is no located census section: import the sections first");
        }
        double[][] todayByTarget = new double[definition.targets().size()][];
        for (int g = 0; g < todayByTarget.length; g++) {
            todayByTarget[g] = newest(definition.targets().get(g), sections);
        }
        double[][][] pathByTarget = demandPaths(definition, sections, years, todayByTarget);
        double[][] demandPath = new double[years.length][];
        for (int t = 0; t < years.length; t++) {
            int year = t;
            demandPath[t] = sum(Arrays.stream(pathByTarget).map(path -> path[year]).toArray(double[][]::new),
                    sections.size());
        }
        double[][] baselineDemand = new double[years.length][];
        Arrays.fill(baselineDemand, sum(todayByTarget, sections.size()));

        ScenarioSupply.Centres existing = supply.read(definition.serviceType(), years);
        List<Centre> centres = new ArrayList<>();
        for (int j = 0; j < existing.size(); j++) {
            centres.add(new Centre(existing.code()[j], existing.name()[j], false, existing.lon()[j], existing.lat()[j], null));
        }
        List<double[]> openedAt = new ArrayList<>();
        List<CentreChange> changes = new ArrayList<>();
        List<Integer> changeIndex = new ArrayList<>();
        int opened = 0;
        for (int k = 0; k < definition.changes().size(); k++) {
            ScenarioDefinition.Change change = definition.changes().get(k);
            if (!(change instanceof ScenarioDefinition.DemandChange)) {
                changeIndex.add(k);
            }
            if (change instanceof ScenarioDefinition.Open open) {
                double[] point = position(open);
                openedAt.add(point);
                int index = existing.size() + opened++;
                centres.add(new Centre("NEW" + opened, open.name() == null ? "New centre " + opened : open.name(),
                        true, point[0], point[1], RampUp.monthsToRunIn(open.rampUpMonths())));
                changes.add(CentreChange.open(index, open.year(), open.places(), open.rampUpMonths()));
            } else if (change instanceof ScenarioDefinition.Close close) {
                changes.add(CentreChange.close(centreIndex(existing, close.facility(), definition), close.year()));
            } else if (change instanceof ScenarioDefinition.Resize resize) {
                changes.add(CentreChange.resize(centreIndex(existing, resize.facility(), definition), resize.year(),
                        resize.places()));
            } else if (change instanceof ScenarioDefinition.Mix mix) {
                // only the scenario's service type is simulated: its share of the mix resizes the centre
                changes.add(CentreChange.resize(centreIndex(existing, mix.facility(), definition), mix.year(),
                        mix.servicePlaces()));
            }
            // demand changes are in the demand path already
        }
        int m = centres.size();
        double[] cx = Arrays.copyOf(existing.x(), m);
        double[] cy = Arrays.copyOf(existing.y(), m);
        for (int k = 0; k < openedAt.size(); k++) {
            cx[existing.size() + k] = openedAt.get(k)[2];
            cy[existing.size() + k] = openedAt.get(k)[3];
        }
        double[][] basePlaces = new double[years.length][];
        for (int t = 0; t < years.length; t++) {
            basePlaces[t] = Arrays.copyOf(existing.places()[t], m);
        }
        SparseCosts travel = costs.between(sections.x(), sections.y(), cx, cy, definition.cutoff());
        Simulation.Input baseline = new Simulation.Input(years, baselineDemand, basePlaces, travel, definition.cutoff(),
                definition.takeUp(), definition.normPer1000());
        Simulation.Input scenario = new Simulation.Input(years, demandPath, SupplyPlan.places(years, basePlaces, changes),
                travel, definition.cutoff(), definition.takeUp(), definition.normPer1000());
        return new Prepared(scenarioId, definition, version, disclosure.appliesToCurrentUser(), sections,
                List.copyOf(centres), baseline, scenario, new Assignment(travel), costs.unit(), List.copyOf(changes),
                changeIndex.stream().mapToInt(Integer::intValue).toArray(), todayByTarget, pathByTarget);
    }

    private static int centreIndex(ScenarioSupply.Centres existing, String facility, ScenarioDefinition definition) {
        int j = existing.indexOf(facility);
        if (j < 0) {
            throw new IllegalArgumentException("facility " + facility + " no longer offers " + definition.serviceType());
        }
        return j;
    }

    /**
     * {@code [target][year][section]}: each target's newest period ({@code today}), projected or changed as the
     * scenario says.
     */
    private double[][][] demandPaths(ScenarioDefinition definition, StudySections sections, int[] years,
                                     double[][] today) {
        double[][][] paths = new double[today.length][][];
        for (int g = 0; g < today.length; g++) {
            String target = definition.targets().get(g);
            double[][] path = new double[years.length][];
            for (int t = 0; t < years.length; t++) {
                path[t] = today[g].clone();
            }
            List<ScenarioDefinition.Change> changes = definition.changes();
            for (int k = 0; k < changes.size(); k++) {
                if (changes.get(k) instanceof ScenarioDefinition.DemandChange change && change.target().equals(target)) {
                    boolean[] inArea = new boolean[sections.size()];
                    for (int i = 0; i < inArea.length; i++) {
                        inArea[i] = change.level() == null || change.areaCode().equals(
                                sections.unit(level(change.level()), i));
                    }
                    if (change.method() != null) {
                        project(target, change, "changes[" + k + "]", sections, years, inArea, path);
                    } else {
                        for (int t = 0; t < years.length; t++) {
                            for (int i = 0; i < inArea.length; i++) {
                                if (inArea[i] && years[t] >= change.year()) {
                                    path[t][i] *= 1 + change.percent() / 100;
                                }
                            }
                        }
                    }
                }
            }
            paths[g] = path;
        }
        return paths;
    }

    /** Σ over the targets, section by section. */
    private static double[] sum(double[][] byTarget, int sections) {
        double[] total = new double[sections];
        for (double[] target : byTarget) {
            for (int i = 0; i < sections; i++) {
                total[i] += target[i];
            }
        }
        return total;
    }

    /** Replaces the path of the area's sections from the change's year by the projection of every period. */
    private void project(String target, ScenarioDefinition.DemandChange change, String field, StudySections sections,
                         int[] years, boolean[] inArea, double[][] path) {
        List<String> periods = periods(target);
        int[] periodYears = periodYears(target, periods, field);
        int last = periodYears[periodYears.length - 1];
        int[] ahead = Arrays.stream(years).filter(y -> y > last && y >= change.year()).toArray();
        if (ahead.length == 0) {
            return;
        }
        double[][] values = periodValues(target, sections, periods);
        Projection projection = Projector.project(new Series(periodYears, values), change.method(), ahead, null);
        Map<Integer, Integer> column = new HashMap<>();
        for (int j = 0; j < ahead.length; j++) {
            column.put(ahead[j], j);
        }
        for (int t = 0; t < years.length; t++) {
            Integer j = column.get(years[t]);
            if (j == null) {
                continue;
            }
            for (int i = 0; i < inArea.length; i++) {
                if (inArea[i]) {
                    path[t][i] = projection.value()[i][j];
                }
            }
        }
    }

    /** The target's demand per section in its newest period. */
    private double[] newest(String target, StudySections sections) {
        double[][] values = periodValues(target, sections, List.of(newestPeriod(target)));
        double[] newest = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            newest[i] = values[i][0];
        }
        return newest;
    }

    private List<String> periods(String target) {
        return jdbc.queryForList("""
                SELECT DISTINCT d.period FROM demand d JOIN target t ON t.id = d.target_id WHERE t.code = :code
                ORDER BY d.period""", Map.of("code", target), String.class);
    }

    /** The periods as years, or a 400 naming the change when they cannot be projected. */
    private static int[] periodYears(String target, List<String> periods, String field) {
        if (periods.size() < 2) {
            throw new IllegalArgumentException(field + ".method: target " + target + " has demand for "
                    + periods.size() + " period(s) " + periods + "; a projection needs 2 or more, use percent instead");
        }
        int[] years = new int[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            try {
                years[p] = Integer.parseInt(periods.get(p).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + ".method: period '" + periods.get(p) + "' of " + target
                        + " is not a year, so it cannot be projected");
            }
        }
        return years;
    }

    private String newestPeriod(String target) {
        String newest = jdbc.queryForObject("""
                SELECT max(d.period) FROM demand d JOIN target t ON t.id = d.target_id WHERE t.code = :code""",
                Map.of("code", target), String.class);
        if (newest == null) {
            throw new IllegalArgumentException("targets: " + target + " has no demand yet: import a census first");
        }
        return newest;
    }

    private static Level level(AreaLevel level) {
        return switch (level) {
            case MUNICIPIO -> Level.MUNICIPIO;
            case NEIGHBOURHOOD -> Level.NEIGHBOURHOOD;
            case CENSUS_AREA, CITY -> Level.CENSUS_AREA;
        };
    }

    /** {@code [section][period]} demand of the target, through each period's disclosure release. */
    private double[][] periodValues(String target, StudySections sections, List<String> periods) {
        double[][] values = new double[sections.size()][periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            double[] demand = studyInputs.demand(sections, target, StudyTime.now().withPeriod(periods.get(p)));
            for (int i = 0; i < sections.size(); i++) {
                values[i][p] = demand[i];
            }
        }
        return values;
    }

    /** lon, lat, x, y of an opening: its point, or its section's centroid. */
    private double[] position(ScenarioDefinition.Open open) {
        String point = open.section() == null ? "ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)"
                : "(SELECT centroid FROM census_section WHERE code = :section)";
        List<double[]> found = jdbc.query("SELECT ST_X(pt), ST_Y(pt), ST_X(ST_Transform(pt, :srid)), "
                        + "ST_Y(ST_Transform(pt, :srid)) FROM (SELECT " + point + " AS pt) p WHERE pt IS NOT NULL",
                new MapSqlParameterSource("srid", city.metricSrid()).addValue("lon", open.lon()).addValue("lat", open.lat())
                        .addValue("section", open.section()),
                (rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)});
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no located census section " + open.section());
        }
        return found.get(0);
    }
}
