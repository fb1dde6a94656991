package org.welfareintelligence.projection.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-worked fixtures for every method, the interval calibration and the choice of the default method. */
class ProjectorTest {

    private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

    @Test
    void constantKeepsTheLastValue() {
        Series series = new Series(new int[] {2010, 2011, 2012}, new double[][] {{100, 110, 120}, {50, 50, 50}});
        double[][] forecast = PointForecast.forecast(Method.CONSTANT, series, new int[] {2013, 2040}, null);
        assertThat(forecast[0]).containsExactly(120, 120);
        assertThat(forecast[1]).containsExactly(50, 50);
    }

    @Test
    void dampedTrendAddsTheSlopeDampedEachYear() {
        // slope 10 a year; 2013 = 120 + 10 × 0.9; 2014 = 120 + 10 × (0.9 + 0.81)
        Series linear = new Series(new int[] {2010, 2011, 2012}, new double[][] {{100, 110, 120}});
        double[][] forecast = PointForecast.forecast(Method.DAMPED_TREND, linear, new int[] {2013, 2014}, null);
        assertThat(forecast[0][0]).isCloseTo(129, EXACT);
        assertThat(forecast[0][1]).isCloseTo(137.1, EXACT);
    }

    @Test
    void dampedTrendOnCensusYearsUsesTheSlopePerYear() {
        // 2011, 2016, 2021: +50 every 5 years = 10 a year; 2026 = 200 + 10 × (0.9 + 0.81 + 0.729 + 0.6561 + 0.59049)
        Series census = new Series(new int[] {2011, 2016, 2021}, new double[][] {{100, 150, 200}});
        double[][] forecast = PointForecast.forecast(Method.DAMPED_TREND, census, new int[] {2026, 2121}, null);
        assertThat(forecast[0][0]).isCloseTo(236.8559, EXACT);
        // however far ahead, the trend adds less than 9 × the slope
        assertThat(forecast[0][1]).isLessThan(290).isGreaterThan(289.99);
    }

    @Test
    void shareOfGrowthSharesTheTotalsGrowthAndAddsUpToIt() {
        // total 100 → 120; A grew 12 of the 20 (0.6), B 8 (0.4); the total's damped trend gives 129 in 2013
        Series series = new Series(new int[] {2010, 2011, 2012}, new double[][] {{60, 66, 72}, {40, 44, 48}});
        double[][] trend = PointForecast.forecast(Method.SHARE_OF_GROWTH, series, new int[] {2013}, null);
        assertThat(trend[0][0]).isCloseTo(72 + 0.6 * 9, EXACT);
        assertThat(trend[1][0]).isCloseTo(48 + 0.4 * 9, EXACT);
        double[][] given = PointForecast.forecast(Method.SHARE_OF_GROWTH, series, new int[] {2020}, new double[] {150});
        assertThat(given[0][0]).isCloseTo(72 + 0.6 * 30, EXACT);
        assertThat(given[1][0]).isCloseTo(48 + 0.4 * 30, EXACT);
        assertThat(given[0][0] + given[1][0]).isCloseTo(150, EXACT);
    }

    @Test
    void intervalsComeFromTheQuantilesOfBacktestErrorsByHorizon() {
        // constant refitted at 2001 and 2002: absolute relative errors 0.1, 0.1 (1 year ahead), 0.21 (2 years) for
        // the first area, 0.1, 0.1 and 0.19 for the second. Half-widths: 80th percentile of {.1, .1, .1, .1} = 0.1
        // at 1 year; of {0.19, 0.21} = 0.19 + 0.8 × 0.02 = 0.206 at 2 years; 4 years scales 2 years by √2.
        Series series = new Series(new int[] {2000, 2001, 2002, 2003},
                new double[][] {{100, 110, 121, 133.1}, {100, 90, 81, 72.9}});
        Projection p = Projector.project(series, Method.CONSTANT, new int[] {2004, 2005, 2007}, null);
        assertThat(p.value()[0]).containsExactly(133.1, 133.1, 133.1);
        assertThat(p.lower()[0][0]).isCloseTo(133.1 * 0.9, EXACT);
        assertThat(p.upper()[0][0]).isCloseTo(133.1 * 1.1, EXACT);
        assertThat(p.lower()[1][1]).isCloseTo(72.9 * (1 - 0.206), EXACT);
        assertThat(p.upper()[1][1]).isCloseTo(72.9 * 1.206, EXACT);
        assertThat(p.upper()[0][2]).isCloseTo(133.1 * (1 + 0.206 * Math.sqrt(2)), EXACT);
    }

    @Test
    void theDefaultIsTheMethodThatBacktestsBestAndTiesGoToTheSimpler() {
        Series growing = new Series(new int[] {2010, 2011, 2012, 2013, 2014}, new double[][] {{100, 110, 120, 130, 140}});
        Projection trend = Projector.project(growing, null, new int[] {2020}, null);
        // one area is its own total, so share of growth equals the damped trend: the tie goes to the trend
        assertThat(trend.mape()[Method.SHARE_OF_GROWTH.ordinal()])
                .isEqualTo(trend.mape()[Method.DAMPED_TREND.ordinal()]);
        assertThat(trend.mape()[Method.DAMPED_TREND.ordinal()]).isLessThan(trend.mape()[Method.CONSTANT.ordinal()]);
        assertThat(trend.method()).isEqualTo(Method.DAMPED_TREND);

        Series flat = new Series(new int[] {2010, 2011, 2012}, new double[][] {{50, 50, 50}});
        assertThat(Projector.project(flat, null, new int[] {2030}, null).method()).isEqualTo(Method.CONSTANT);
    }

    @Test
    void twoPeriodsBackTestOnlyTheConstantWhoseErrorsTheTrendBorrows() {
        Series two = new Series(new int[] {2011, 2021}, new double[][] {{100, 120}});
        Projection p = Projector.project(two, Method.DAMPED_TREND, new int[] {2031}, null);
        assertThat(p.mape()[Method.DAMPED_TREND.ordinal()]).isNaN();
        // the constant's error over 10 years is 0.2, so the interval is the trend's value ± 20 %
        assertThat(p.lower()[0][0]).isCloseTo(p.value()[0][0] * 0.8, EXACT);
        assertThat(p.upper()[0][0]).isCloseTo(p.value()[0][0] * 1.2, EXACT);
        assertThat(Projector.project(two, null, new int[] {2031}, null).method()).isEqualTo(Method.CONSTANT);
    }

    @Test
    void backtestScoresTheLaterPeriods() {
        Series growing = new Series(new int[] {2010, 2011, 2012, 2013}, new double[][] {{100, 110, 120, 130}});
        Backtest.Score constant = Backtest.run(growing, 2011, Method.CONSTANT);
        // forecasts 110 for 120 and 130: (10/120 + 20/130) / 2
        assertThat(constant.mape()).isCloseTo((10.0 / 120 + 20.0 / 130) / 2, EXACT);
        assertThat(constant.outcomes()).isEqualTo(2);
    }

    @Test
    void refusesTooFewPeriodsAndTargetsNotInTheFuture() {
        Series one = new Series(new int[] {2021}, new double[][] {{10}});
        assertThatThrownBy(() -> Projector.project(one, null, new int[] {2031}, null))
                .hasMessageContaining("at least 2 periods");
        Series two = new Series(new int[] {2011, 2021}, new double[][] {{10, 12}});
        assertThatThrownBy(() -> Projector.project(two, null, new int[] {2021}, null))
                .hasMessageContaining("target year 2021");
        assertThatThrownBy(() -> Method.parse("linear")).hasMessageContaining("unknown method 'linear'");
    }

    @Test
    void cohortAgeingShiftsTheBandsWithSurvival() {
        // 65–74: 1,000, 75+: 500; survival 0.8 and 0.3 per 10 years; entrants keep 65–74 at 1,000.
        // 10 years: 75+ = 0.8 × 1,000 + 0.3 × 500 = 950; 20 years: 800 + 0.3 × 950 = 1,085; 5 years: halfway to 950.
        double[][] bands = CohortAgeing.project(new double[] {1000, 500}, new double[] {0.8, 0.3}, null, 10,
                new int[] {10, 20, 5});
        assertThat(bands[0]).containsExactly(1000, 1000, 1000);
        assertThat(bands[1][0]).isCloseTo(950, EXACT);
        assertThat(bands[1][1]).isCloseTo(1085, EXACT);
        assertThat(bands[1][2]).isCloseTo(725, EXACT);
        double[][] fewer = CohortAgeing.project(new double[] {1000, 500}, new double[] {0.8, 0.3}, 600.0, 10,
                new int[] {20});
        assertThat(fewer[0][0]).isEqualTo(600);
        assertThat(fewer[1][0]).isCloseTo(0.8 * 600 + 0.3 * 950, EXACT);
        assertThatThrownBy(() -> CohortAgeing.project(new double[] {1, 2}, new double[] {0.8, 1.2}, null, 10,
                new int[] {10})).hasMessageContaining("1.2");
    }

    @Test
    void reconciliationMakesChildrenAddUpToTheirParentsExactly() {
        // areas: 0, 1 = NILs of city 4; 2, 3 = sections of NIL 0. The city is last, so order does not matter.
        int[] parent = {4, 4, 0, 0, -1};
        double[][] value = {{600}, {300}, {200}, {400}, {1000}};
        double[][] lower = {{500}, {250}, {150}, {350}, {900}};
        double[][] upper = {{700}, {350}, {250}, {450}, {1100}};
        Reconciliation.topDown(parent, value, lower, upper);
        assertThat(value[0][0] + value[1][0]).isCloseTo(1000, EXACT);
        assertThat(value[0][0]).isCloseTo(6000.0 / 9, EXACT);
        assertThat(value[2][0] + value[3][0]).isCloseTo(value[0][0], EXACT);
        assertThat(value[2][0]).isCloseTo(6000.0 / 9 / 3, EXACT);
        assertThat(lower[0][0]).isCloseTo(500 * 10.0 / 9, EXACT);
        assertThat(value[4][0]).isEqualTo(1000);
        assertThatThrownBy(() -> Reconciliation.topDown(new int[] {1, 0}, new double[][] {{1}, {1}},
                new double[][] {{1}, {1}}, new double[][] {{1}, {1}})).hasMessageContaining("cycle");
    }
}
