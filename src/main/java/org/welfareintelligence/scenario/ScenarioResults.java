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
import org.welfareintelligence.scenario.core.Diff;
import org.welfareintelligence.scenario.core.Impact;
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

    record ResultView(long scenarioId, String name, long dataVersion, long currentDataVersion,
                      boolean controlledFigures, String simulatedAt, String costUnit, double cutoff, double takeUp,
                      double normPer1000, double cost, List<YearView> years, List<CentreView> centres, int diffYear,
                      AreaDiff city, List<AreaDiff> districts) {
    }

    /** The per-section diff of one year (the CSV and GeoJSON exports). */
    record SectionDiffView(long scenarioId, int year, List<AreaDiff> sections) {
    }

    record Column(long scenarioId, String name) {
    }

    /** One year side by side: the first scenario's baseline, then each scenario (null beyond its horizon). */
    record CompareRow(int year, Figures baseline, List<Figures> scenarios) {
    }

    record CompareView(List<Column> scenarios, List<CompareRow> rows) {
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
                scenario[t].year(), city, districts);
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
            for (ScenarioJobs.Simulated simulated : simulations) {
                int t = year - simulated.prepared().definition().baseYear();
                figures.add(t >= 0 && t < simulated.scenario().years().length
                        ? figures(simulated.prepared().scenario(), simulated.scenario().years()[t]) : null);
            }
            int t = year - first.prepared().definition().baseYear();
            Figures baseline = t >= 0 && t < first.baseline().years().length
                    ? figures(first.prepared().baseline(), first.baseline().years()[t]) : null;
            rows.add(new CompareRow(year, baseline, figures));
        }
        return new CompareView(columns, rows);
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
