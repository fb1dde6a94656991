package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.welfareintelligence.samplecity.generator.CityLayout.Neighbourhood;
import org.welfareintelligence.samplecity.generator.CityLayout.Section;

/**
 * The later censuses of the sample city, 2016 and 2021, grown from the 2011 one so that trends are visible:
 * a few neighbourhoods away from the centre get new housing (residents up 15-30 % by 2021, most of it in the
 * sections built on, with more young children), a few others age (75+ up 20-35 %, children down 15-25 %), and
 * the rest drift by a few per cent while ageing slightly. 2016 is half-way along the same path.
 */
final class CensusPeriods {

    static final String FIRST = "2011";
    static final List<String> LATER = List.of("2016", "2021");
    static final int NEW_HOUSING = 6;
    static final int AGEING = 8;
    private static final int[] CHILD_BANDS = {14, 15, 16};
    private static final int[] OLDEST_BAND = {29};

    /** How a neighbourhood changes from 2011 to 2021. */
    enum Trend { NEW_HOUSING, AGEING, STEADY }

    /** One neighbourhood's change by 2021: residents, then children and people over 75 relative to that. */
    record Change(Trend trend, double growth, double children, double oldest) {
    }

    /** One later census: its period and a row per section and placeholder, in the order of 2011's rows. */
    record Census(String period, List<CensusRow> rows) {
    }

    final Map<Integer, Change> changes;
    final List<Census> censuses;

    private CensusPeriods(Map<Integer, Change> changes, List<Census> censuses) {
        this.changes = changes;
        this.censuses = censuses;
    }

    static CensusPeriods generate(CityLayout layout, Population population, SplittableRandom rng) {
        Map<Integer, Change> changes = changes(layout.neighbourhoods(), rng.split());
        List<Section> sections = layout.sections();
        // the sections built on: about a third of a new-housing neighbourhood takes most of its growth
        double[] share = new double[sections.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = rng.nextDouble() < 0.35 ? 2.2 : 0.35;
        }
        List<Census> censuses = new ArrayList<>();
        for (int p = 0; p < LATER.size(); p++) {
            double along = (p + 1.0) / LATER.size();
            List<CensusRow> rows = new ArrayList<>(population.rows.size());
            for (int i = 0; i < population.rows.size(); i++) {
                CensusRow first = population.rows.get(i);
                Change change = changes.get(first.ace);
                if (i >= sections.size() || change == null) {
                    rows.add(first.scaled(1.0));
                    continue;
                }
                double growth = change.growth() - 1;
                if (change.trend() == Trend.NEW_HOUSING) {
                    growth *= share[i];
                }
                CensusRow row = first.scaled(1 + growth * along);
                row.reweighAgeBands(CHILD_BANDS, 1 + (change.children() - 1) * along);
                row.reweighAgeBands(OLDEST_BAND, 1 + (change.oldest() - 1) * along);
                rows.add(row);
            }
            censuses.add(new Census(LATER.get(p), rows));
        }
        return new CensusPeriods(changes, censuses);
    }

    private static Map<Integer, Change> changes(List<Neighbourhood> neighbourhoods, SplittableRandom rng) {
        List<Integer> away = new ArrayList<>();
        for (Neighbourhood n : neighbourhoods) {
            if (n.distanceFromCentre() > 2_000) {
                away.add(n.id());
            }
        }
        List<Integer> shuffled = PlaceNames.shuffled(away, rng);
        Map<Integer, Change> changes = new HashMap<>();
        for (Neighbourhood n : neighbourhoods) {
            int rank = shuffled.indexOf(n.id());
            Change change;
            if (rank >= 0 && rank < NEW_HOUSING) {
                change = new Change(Trend.NEW_HOUSING, 1.15 + 0.15 * rng.nextDouble(), 1.1, 1.0);
            } else if (rank >= NEW_HOUSING && rank < NEW_HOUSING + AGEING) {
                change = new Change(Trend.AGEING, 0.96 + 0.04 * rng.nextDouble(), 0.75 + 0.1 * rng.nextDouble(),
                        1.2 + 0.15 * rng.nextDouble());
            } else {
                change = new Change(Trend.STEADY, 1 + Math.max(-0.05, Math.min(0.05, 0.03 * Allocation.gaussian(rng))),
                        0.98, 1.05);
            }
            changes.put(n.id(), change);
        }
        return changes;
    }
}
