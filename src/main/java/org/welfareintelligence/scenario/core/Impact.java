package org.welfareintelligence.scenario.core;

/**
 * What a scenario changes against the baseline in one year: people newly within reach of a centre (and those
 * who lose it), people served and waiting, travel of the people placed, the Gini and Palma of access, places
 * added, and the cost of the scenario's changes per place added and per extra person served (NaN when the
 * scenario adds no place or serves nobody more).
 */
public record Impact(int year, double newlyWithinReach, double lostReach, double servedChange, double waitingChange,
                     double travelSaved, double meanTravelChange, double giniChange, double palmaChange,
                     double placesAdded, double cost, double costPerPlace, double costPerPersonServed) {

    public static Impact of(Simulation.Year baseline, Simulation.Year scenario, double cost) {
        Diff.Totals city = Diff.city(baseline, scenario);
        double placesAdded = scenario.totalPlaces() - baseline.totalPlaces();
        return new Impact(scenario.year(), city.gainedReach(), city.lostReach(), city.servedChange(),
                city.waitingChange(), baseline.travel() - scenario.travel(),
                scenario.meanTravel() - baseline.meanTravel(), scenario.gini() - baseline.gini(),
                scenario.palma() - baseline.palma(), placesAdded, cost,
                placesAdded > 0 ? cost / placesAdded : Double.NaN,
                city.servedChange() > 0 ? cost / city.servedChange() : Double.NaN);
    }
}
