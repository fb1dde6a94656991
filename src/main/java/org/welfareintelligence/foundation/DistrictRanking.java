package org.welfareintelligence.foundation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.measure.NeedIndex;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.demand.DemandQueries.UnitDemand;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.web.NotFoundException;

/**
 * Ranks districts by a weighted need index over the rates per 1,000 residents of chosen targets. Rates are
 * normalised min–max across the districts compared, so a score of 1 is the neediest district on every target.
 * A target whose rate is withheld from the reader in any district is left out of the index and named in
 * {@code excluded}, so that no score is computed from a figure the reader may not see.
 */
@Service
class DistrictRanking {

    static final int MAX_DISTRICTS = 100;

    record WeightedTarget(String code, double weight) {
    }

    record TargetRate(String target, Count people, Double ratePer1000, Double contribution) {
    }

    record DistrictScore(int rank, String code, String name, Count residents, double score, List<TargetRate> targets) {
    }

    record Ranking(String level, List<WeightedTarget> targets, List<String> excluded, List<DistrictScore> districts) {
    }

    private final DemandQueries demand;

    DistrictRanking(DemandQueries demand) {
        this.demand = demand;
    }

    Ranking rank(String levelText, List<String> districtCodes, List<WeightedTarget> targets) {
        AreaLevel level = parseLevel(levelText);
        List<String> districts = List.copyOf(new LinkedHashSet<>(districtCodes));
        if (districts.size() < 2 || districts.size() > MAX_DISTRICTS) {
            throw new IllegalArgumentException("districts: compare between 2 and " + MAX_DISTRICTS
                    + " districts, got " + districts.size());
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets: name at least one target with a weight");
        }
        for (WeightedTarget t : targets) {
            if (!(t.weight() >= 0) || Double.isInfinite(t.weight())) {
                throw new IllegalArgumentException("weight of " + t.code() + " must be a number >= 0, got " + t.weight());
            }
        }
        List<Map<String, UnitDemand>> byTarget = new ArrayList<>();
        for (WeightedTarget t : targets) {
            long id = demand.targetId(t.code());
            Map<String, UnitDemand> units = demand.byArea(id, demand.resolvePeriod(id, null), level).stream()
                    .collect(Collectors.toMap(UnitDemand::code, Function.identity()));
            for (String d : districts) {
                if (!units.containsKey(d)) {
                    throw new NotFoundException("no " + levelText + " with code " + d);
                }
            }
            byTarget.add(units);
        }
        List<Integer> used = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            final int target = k;
            boolean complete = districts.stream().allMatch(d -> rate(byTarget.get(target).get(d)) != null);
            if (complete && targets.get(k).weight() > 0) {
                used.add(k);
            } else if (!complete) {
                excluded.add(targets.get(k).code());
            }
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException("no target can be ranked: every chosen target has a zero weight or a "
                    + "figure withheld for privacy in one of the districts");
        }
        double[][] indicators = new double[used.size()][districts.size()];
        double[] weights = new double[used.size()];
        for (int i = 0; i < used.size(); i++) {
            weights[i] = targets.get(used.get(i)).weight();
            for (int u = 0; u < districts.size(); u++) {
                indicators[i][u] = rate(byTarget.get(used.get(i)).get(districts.get(u)));
            }
        }
        NeedIndex.Result index = new NeedIndex(indicators, weights, NeedIndex.Normalisation.MIN_MAX).solve();
        List<DistrictScore> scores = new ArrayList<>();
        for (int u = 0; u < districts.size(); u++) {
            List<TargetRate> rates = new ArrayList<>();
            UnitDemand first = byTarget.get(0).get(districts.get(u));
            for (int k = 0; k < targets.size(); k++) {
                UnitDemand unit = byTarget.get(k).get(districts.get(u));
                int position = used.indexOf(k);
                rates.add(new TargetRate(targets.get(k).code(), unit.value(), rate(unit),
                        position < 0 ? null : index.contribution()[u][position]));
            }
            scores.add(new DistrictScore(index.rank()[u], first.code(), first.name(), first.population(),
                    index.score()[u], rates));
        }
        scores.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank()) : a.code().compareTo(b.code()));
        return new Ranking(level.name(), targets, excluded, scores);
    }

    private static Double rate(UnitDemand unit) {
        return unit.value().per(unit.population(), 1000);
    }

    private static AreaLevel parseLevel(String level) {
        try {
            AreaLevel parsed = AreaLevel.parse(level);
            if (parsed != AreaLevel.CITY) {
                return parsed;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // reported below
        }
        throw new IllegalArgumentException("unknown level '" + level + "': use municipio, neighbourhood or census-area");
    }
}
