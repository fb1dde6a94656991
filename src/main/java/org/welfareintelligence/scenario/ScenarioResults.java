package org.welfareintelligence.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.scenario.core.Breakdown;
import org.welfareintelligence.scenario.core.Diff;
import org.welfareintelligence.scenario.core.Impact;
import org.welfareintelligence.scenario.core.Ordering;
import org.welfareintelligence.scenario.core.Simulation;

/**
 * Builds the views of a simulated scenario. Every count of people is a {@code privacy.Count} from
 * {@link DisclosureControl#count} over inputs that were loaded through the disclosure releases for this kind of
 * reader; a change of people is withheld when its size is a small count, and a rate or measure over a withheld
 * count is null. Measures that are not numbers (no centre within reach, nobody served) are null too.
 */
@Service
class ScenarioResults {

    /** A year's city figures of the baseline or the scenario. */
    record Figures(Count demand, Count seekers, Count served, Count waiting, double places, Double shareWithinReach,
                   Double meanTravel, Double gini, Double palma, Double requiredPlaces, Double placesGap) {
    }

    /** The scenario against the baseline in one year. */
    record ImpactView(Count newlyWithinReach, Count lostReach, Count servedChange, Count waitingChange,
                      Double travelSaved, Double meanTravelChange, Double giniChange, Double palmaChange,
                      double placesAdded, double cost, Double costPerPlace, Double costPerPersonServed) {
    }

    record YearView(int year, Figures baseline, Figures scenario, ImpactView impact) {
    }

    /** A centre over the horizon in the scenario; opened centres carry their months to 90 % of full operation. */
    record CentreView(String code, String name, boolean opened, double lon, double lat, List<Double> placesByYear,
                      List<Count> loadByYear, List<Double> utilisationByYear, Integer saturationYear,
                      Integer baselineSaturationYear, Double monthsToRunIn) {
    }

    /** Who gains and who loses in a district (municipio) or in one section. */
    record AreaDiff(String code, String name, Count demand, Count gainedReach, Count lostReach, Count servedChange,
                    Count waitingChange, Count waiting, Double accessBaseline, Double accessScenario,
                    Double accessChange) {
    }

    /** People of a target group or a district: demand, served, waiting and with a centre within reach. */
    record GroupFigures(Count demand, Count served, Count waiting, Count withinReach) {
    }

    /** A target (its code; the name is null) or a district (municipio) in the baseline and in the scenario. */
    record GroupBreakdown(String code, String name, GroupFigures baseline, GroupFigures scenario) {
    }

    /** A year per target of the scenario (each section's people apportioned by the target's share) and per district. */
    record YearBreakdown(int year, List<GroupBreakdown> targets, List<GroupBreakdown> districts) {
    }

    record ResultView(long scenarioId, String name, long dataVersion, long currentDataVersion,
                      boolean controlledFigures, String simulatedAt, String costUnit, double cutoff, double takeUp,
                      double normPer1000, double cost, List<YearView> years, List<CentreView> centres, int diffYear,
                      AreaDiff city, List<AreaDiff> districts, List<YearBreakdown> breakdowns) {
    }

    /** The per-section diff of one year (the CSV and GeoJSON exports). */
    record SectionDiffView(long scenarioId, int year, List<AreaDiff> sections) {
    }

    record Column(long scenarioId, String name) {
    }

    /**
     * One year side by side: the first scenario's baseline, then each scenario and its impact against its own
     * baseline (null beyond its horizon).
     */
    record CompareRow(int year, Figures baseline, List<Figures> scenarios, List<ImpactView> impacts) {
    }

    record CompareView(List<Column> scenarios, List<CompareRow> rows) {
    }

    /** A change the ordered plan makes: its position in the scenario's changes, its cost and its benefit. */
    record OrderedChange(int change, String kind, String centre, double cost, Count benefit) {
    }

    /** A change the plan leaves out, and why (NO_BENEFIT, OVER_BUDGET, SEARCH_LIMIT). */
    record LeftOutChange(int change, String kind, String centre, double cost, Ordering.Reason reason) {
    }

    /**
     * A year of the ordered plan: its budget, what it spends and what it may spend (this year's budget plus what
     * earlier years left), the changes made, the objective's people in the plan, as written, without any change
     * of centres (the scenario's demand), in the baseline (today's demand), and the benefit so far over the
     * scenario as written and over no change.
     */
    record OrderYear(int year, double budget, double spent, double available, List<OrderedChange> changes,
                     Count people, Count peopleAsWritten, Count peopleWithoutChanges, Count peopleBaseline,
                     Count cumulativeBenefitOverWritten, Count cumulativeBenefitOverNoChange) {
    }

    /**
     * The ordered plan: the objective ({@code served} or {@code within_reach}, people summed over the years), per
     * year, the changes left out, the plan's total, the upper bound and the gap (the share of the bound's benefit
     * over no change the plan falls short of; 0 and {@code exact} when every plan was tried).
     */
    record OrderView(long scenarioId, String objective, List<OrderYear> years, List<LeftOutChange> notScheduled,
                     Count totalPeople, Count totalPeopleAsWritten, Count upperBoundPeople, Double gap,
                     boolean exact, boolean writtenFitsBudget, int plansSimulated, boolean searchStopped,
                     boolean controlledFigures) {
    }

    private final DisclosureControl disclosure;

    ScenarioResults(DisclosureControl disclosure) {
        this.disclosure = disclosure;
    }

    ResultView result(ScenarioJobs.Simulated simulated, Integer year, long currentDataVersion) {
        ScenarioInputs.Prepared prepared = simulated.prepared();
        ScenarioDefinition definition = prepared.definition();
        Simulation.Year[] base = simulated.baseline().years();
        Simulation.Year[] scenario = simulated.scenario().years();
        List<YearView> years = new ArrayList<>();
        for (int t = 0; t < scenario.length; t++) {
            years.add(new YearView(scenario[t].year(), figures(prepared.baseline(), base[t]),
                    figures(prepared.scenario(), scenario[t]), impact(Impact.of(base[t], scenario[t], definition.totalCost()))));
        }
        List<CentreView> centres = new ArrayList<>();
        for (int j = 0; j < prepared.centres().size(); j++) {
            ScenarioInputs.Centre centre = prepared.centres().get(j);
            List<Double> places = new ArrayList<>();
            List<Count> load = new ArrayList<>();
            List<Double> utilisation = new ArrayList<>();
            boolean everInForce = false;
            for (int t = 0; t < scenario.length; t++) {
                Simulation.Year y = scenario[t];
                Count loaded = people(y.load()[j]);
                places.add(y.places()[j]);
                load.add(loaded);
                utilisation.add(y.places()[j] > 0 ? loaded.per(y.places()[j]) : null);
                everInForce |= y.places()[j] > 0 || base[t].places()[j] > 0;
            }
            if (everInForce) {
                centres.add(new CentreView(centre.code(), centre.name(), centre.opened(), centre.lon(), centre.lat(),
                        places, load, utilisation, year(simulated.scenario().saturationYear()[j]),
                        year(simulated.baseline().saturationYear()[j]), centre.monthsToRunIn()));
            }
        }
        int t = yearIndex(definition, year);
        StudySections sections = prepared.sections();
        Map<String, Integer> districtIndex = new LinkedHashMap<>();
        Map<String, String> districtNames = new LinkedHashMap<>();
        int[] districtOf = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            String code = sections.unit(Level.MUNICIPIO, i);
            districtOf[i] = code == null ? -1 : districtIndex.computeIfAbsent(code, c -> districtIndex.size());
            if (code != null) {
                districtNames.putIfAbsent(code, sections.unitName(Level.MUNICIPIO, i));
            }
        }
        List<YearBreakdown> breakdowns = new ArrayList<>();
        double[] whole = Breakdown.whole(sections.size());
        for (int y = 0; y < scenario.length; y++) {
            List<GroupBreakdown> targets = new ArrayList<>();
            for (int g = 0; g < definition.targets().size(); g++) {
                targets.add(new GroupBreakdown(definition.targets().get(g), null,
                        group(Breakdown.of(base[y], Breakdown.shares(prepared.baselineDemandByTarget()[g],
                                base[y].demand()))),
                        group(Breakdown.of(scenario[y], Breakdown.shares(prepared.scenarioDemandByTarget()[g][y],
                                scenario[y].demand())))));
            }
            Breakdown.Totals[] baseDistricts = Breakdown.byGroup(base[y], whole, districtOf, districtIndex.size());
            Breakdown.Totals[] scenarioDistricts = Breakdown.byGroup(scenario[y], whole, districtOf,
                    districtIndex.size());
            List<GroupBreakdown> districts = new ArrayList<>();
            for (Map.Entry<String, Integer> district : districtIndex.entrySet()) {
                districts.add(new GroupBreakdown(district.getKey(), districtNames.get(district.getKey()),
                        group(baseDistricts[district.getValue()]), group(scenarioDistricts[district.getValue()])));
            }
            breakdowns.add(new YearBreakdown(scenario[y].year(), targets, districts));
        }
        Diff.Totals[] byDistrict = Diff.byGroup(base[t], scenario[t], districtOf, districtIndex.size());
        double[] waitingByDistrict = new double[districtIndex.size()];
        for (int i = 0; i < sections.size(); i++) {
            if (districtOf[i] >= 0) {
                waitingByDistrict[districtOf[i]] += scenario[t].waiting()[i];
            }
        }
        List<AreaDiff> districts = new ArrayList<>();
        for (Map.Entry<String, Integer> district : districtIndex.entrySet()) {
            int g = district.getValue();
            districts.add(area(district.getKey(), districtNames.get(district.getKey()), byDistrict[g],
                    waitingByDistrict[g], null, null));
        }
        AreaDiff city = area("city", null, Diff.city(base[t], scenario[t]), scenario[t].totalWaiting(), null, null);
        return new ResultView(prepared.scenarioId(), definition.name(), prepared.dataVersion(), currentDataVersion,
                prepared.controlled(), simulated.at().toString(), prepared.unit(), definition.cutoff(),
                definition.takeUp(), definition.normPer1000(), definition.totalCost(), years, centres,
                scenario[t].year(), city, districts, breakdowns);
    }

    private GroupFigures group(Breakdown.Totals totals) {
        return new GroupFigures(people(totals.demand()), people(totals.served()), people(totals.waiting()),
                people(totals.withinReach()));
    }

    SectionDiffView sections(ScenarioJobs.Simulated simulated, Integer year) {
        ScenarioInputs.Prepared prepared = simulated.prepared();
        int t = yearIndex(prepared.definition(), year);
        Simulation.Year base = simulated.baseline().years()[t];
        Simulation.Year scenario = simulated.scenario().years()[t];
        Diff.Totals[] bySection = Diff.bySection(base, scenario);
        StudySections sections = prepared.sections();
        List<AreaDiff> rows = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            rows.add(area(sections.code()[i], sections.unit(Level.MUNICIPIO, i), bySection[i], scenario.waiting()[i],
                    base.access()[i], scenario.access()[i]));
        }
        return new SectionDiffView(prepared.scenarioId(), scenario.year(), rows);
    }

    CompareView compare(List<ScenarioJobs.Simulated> simulations) {
        TreeSet<Integer> allYears = new TreeSet<>();
        List<Column> columns = new ArrayList<>();
        for (ScenarioJobs.Simulated simulated : simulations) {
            for (int y : simulated.prepared().definition().years()) {
                allYears.add(y);
            }
            columns.add(new Column(simulated.prepared().scenarioId(), simulated.prepared().definition().name()));
        }
        ScenarioJobs.Simulated first = simulations.get(0);
        List<CompareRow> rows = new ArrayList<>();
        for (int year : allYears) {
            List<Figures> figures = new ArrayList<>();
            List<ImpactView> impacts = new ArrayList<>();
            for (ScenarioJobs.Simulated simulated : simulations) {
                int t = year - simulated.prepared().definition().baseYear();
                boolean within = t >= 0 && t < simulated.scenario().years().length;
                figures.add(within ? figures(simulated.prepared().scenario(), simulated.scenario().years()[t]) : null);
                impacts.add(within ? impact(Impact.of(simulated.baseline().years()[t], simulated.scenario().years()[t],
                        simulated.prepared().definition().totalCost())) : null);
            }
            int t = year - first.prepared().definition().baseYear();
            Figures baseline = t >= 0 && t < first.baseline().years().length
                    ? figures(first.prepared().baseline(), first.baseline().years()[t]) : null;
            rows.add(new CompareRow(year, baseline, figures, impacts));
        }
        return new CompareView(columns, rows);
    }

    OrderView order(ScenarioInputs.Prepared prepared, Ordering.Objective objective, double[] budget,
                    Ordering.Plan plan, double[] baselineByYear) {
        int[] years = prepared.definition().years();
        List<OrderYear> rows = new ArrayList<>();
        double carried = 0;
        double overWritten = 0;
        double overNone = 0;
        for (int t = 0; t < years.length; t++) {
            List<OrderedChange> made = new ArrayList<>();
            for (int c = 0; c < plan.yearIndex().length; c++) {
                if (plan.yearIndex()[c] == t) {
                    made.add(new OrderedChange(prepared.changeIndex()[c], kind(prepared, c), centre(prepared, c),
                            cost(prepared, c), change(plan.benefit()[c])));
                }
            }
            double available = carried + budget[t];
            carried = available - plan.spent()[t];
            overWritten += plan.objective()[t] - plan.written()[t];
            overNone += plan.objective()[t] - plan.none()[t];
            rows.add(new OrderYear(years[t], budget[t], plan.spent()[t], available, made, people(plan.objective()[t]),
                    people(plan.written()[t]), people(plan.none()[t]), people(baselineByYear[t]), change(overWritten),
                    change(overNone)));
        }
        List<LeftOutChange> left = new ArrayList<>();
        for (int c = 0; c < plan.yearIndex().length; c++) {
            if (plan.yearIndex()[c] < 0) {
                left.add(new LeftOutChange(prepared.changeIndex()[c], kind(prepared, c), centre(prepared, c),
                        cost(prepared, c), plan.reason()[c]));
            }
        }
        Count total = people(plan.total());
        return new OrderView(prepared.scenarioId(), objective.name().toLowerCase(java.util.Locale.ROOT), rows, left,
                total, people(plan.writtenTotal()), people(plan.upperBound()),
                total.isWithheld() ? null : plan.gap(), plan.exact(), plan.writtenFitsBudget(), plan.simulations(),
                plan.searchStopped(), prepared.controlled());
    }

    /** The change's kind as the scenario names it (open, close, resize). */
    private static String kind(ScenarioInputs.Prepared prepared, int c) {
        return prepared.definition().changes().get(prepared.changeIndex()[c]).getClass().getSimpleName()
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The facility's code, or the code the simulation gives a centre it opens (NEW1, NEW2 …). */
    private static String centre(ScenarioInputs.Prepared prepared, int c) {
        return prepared.centres().get(prepared.centreChanges().get(c).centre()).code();
    }

    private static double cost(ScenarioInputs.Prepared prepared, int c) {
        return prepared.definition().changes().get(prepared.changeIndex()[c]).cost();
    }

    private Figures figures(Simulation.Input input, Simulation.Year year) {
        Count demand = people(year.totalDemand());
        double required = Simulation.requiredPlaces(input, year);
        boolean shown = !demand.isWithheld();
        return new Figures(demand, people(year.totalSeekers()), people(year.totalServed()), people(year.totalWaiting()),
                year.totalPlaces(), shown ? finite(year.shareWithinReach()) : null, finite(year.meanTravel()),
                finite(year.gini()), finite(year.palma()), shown ? required : null,
                shown ? required - year.totalPlaces() : null);
    }

    private ImpactView impact(Impact impact) {
        Count served = change(impact.servedChange());
        return new ImpactView(people(impact.newlyWithinReach()), people(impact.lostReach()), served,
                change(impact.waitingChange()), finite(impact.travelSaved()), finite(impact.meanTravelChange()),
                finite(impact.giniChange()), finite(impact.palmaChange()), impact.placesAdded(), impact.cost(),
                finite(impact.costPerPlace()), served.isWithheld() ? null : finite(impact.costPerPersonServed()));
    }

    private AreaDiff area(String code, String name, Diff.Totals totals, double waiting, Double accessBaseline,
                          Double accessScenario) {
        Count demand = people(totals.demand());
        boolean shown = !demand.isWithheld();
        return new AreaDiff(code, name, demand, people(totals.gainedReach()), people(totals.lostReach()),
                change(totals.servedChange()), change(totals.waitingChange()), people(waiting),
                shown && accessBaseline != null ? finite(accessBaseline) : null,
                shown && accessScenario != null ? finite(accessScenario) : null, shown ? finite(totals.accessChange()) : null);
    }

    private Count people(double value) {
        return disclosure.count(value).rounded(2);
    }

    /** A change of people, withheld when its size is a small count (a difference could single people out). */
    private Count change(double value) {
        Count size = disclosure.count(Math.abs(value));
        return size.isWithheld() ? size : disclosure.count(value).rounded(2);
    }

    private static int yearIndex(ScenarioDefinition definition, Integer year) {
        int chosen = year == null ? definition.lastYear() : year;
        if (chosen < definition.baseYear() || chosen > definition.lastYear()) {
            throw new IllegalArgumentException("year: within the horizon " + definition.baseYear() + "–"
                    + definition.lastYear() + ", got " + chosen);
        }
        return chosen - definition.baseYear();
    }

    private static Integer year(int saturation) {
        return saturation == 0 ? null : saturation;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
