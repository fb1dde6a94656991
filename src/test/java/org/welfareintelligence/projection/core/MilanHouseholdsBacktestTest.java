package org.welfareintelligence.projection.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.support.SharedData;

/** Households of Milan's 88 NIL, 2007–2014 (real registry data): fitted on 2007–2011, scored on 2012–2014. */
class MilanHouseholdsBacktestTest {

    /**
     * The default is chosen on 2007–2011 alone: households grew steadily then, and the city's growth shared out
     * by NIL backtests best. Over 2012–2014 the registry lost households after the 2011 census revision (city total
     * 675,536 in 2012, 670,259 in 2014), so the default only matches the constant there (MAPE 0.0332 against
     * 0.0331, docs/projection.md); its intervals, calibrated on 2007–2011 errors, still hold the outcomes.
     */
    @Test
    void theDefaultIsChosenOnTheFittedYearsAndItsIntervalHoldsAboutFourFifthsOfOutcomes() throws IOException {
        Series households = read();
        assertThat(households.areas()).isEqualTo(88);

        Backtest.Score chosen = Backtest.run(households, 2011, null);
        for (Method method : Method.values()) {
            Backtest.Score score = Backtest.run(households, 2011, method);
            System.out.printf("households per NIL, fit 2007-2011, forecast 2012-2014: %s MAPE %.4f coverage80 %.4f%n",
                    method, score.mape(), score.coverage());
            assertThat(score.coverage()).as(method + " coverage").isBetween(0.65, 0.95);
        }
        Projection fitted = Projector.project(households.first(5), null, new int[] {2012}, null);
        System.out.printf("rolling-origin MAPE on 2007-2011: %s%n", java.util.Arrays.toString(fitted.mape()));
        assertThat(chosen.method()).isEqualTo(fitted.method()).isEqualTo(Method.SHARE_OF_GROWTH);
        assertThat(fitted.mape()[Method.SHARE_OF_GROWTH.ordinal()])
                .isLessThan(fitted.mape()[Method.CONSTANT.ordinal()])
                .isLessThan(fitted.mape()[Method.DAMPED_TREND.ordinal()]);
        assertThat(chosen.outcomes()).isEqualTo(88 * 3);
        assertThat(chosen.coverage()).isBetween(0.65, 0.95);
        // against the outcomes, sharing the city's trend out beats each NIL's own trend
        assertThat(chosen.mape()).isLessThan(Backtest.run(households, 2011, Method.DAMPED_TREND).mape());
    }

    private static Series read() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.milano("nil_households_2007_2014.csv"));
        assertThat(lines.get(0)).isEqualTo("nil_id,nil_name,year,households");
        Map<Integer, Map<Integer, Double>> byNil = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            byNil.computeIfAbsent(Integer.parseInt(fields[0]), nil -> new TreeMap<>())
                    .put(Integer.parseInt(fields[2]), Double.parseDouble(fields[3]));
        }
        int[] years = byNil.values().iterator().next().keySet().stream().mapToInt(Integer::intValue).toArray();
        double[][] values = byNil.values().stream()
                .map(series -> series.values().stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        return new Series(years, values);
    }
}
