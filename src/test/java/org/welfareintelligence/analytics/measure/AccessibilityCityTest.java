package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic accessibility city (1,000 demand points, 300 facilities, 33,169 costs within 3,000 m): our
 * measures against a separate reference written here in BigDecimal over the CSV rows in file order, to 12
 * significant digits, plus the invariants every floating catchment must keep.
 */
class AccessibilityCityTest {

    private static final double CUTOFF = 3000;
    private static final MathContext EXACT = MathContext.DECIMAL128;

    private static AccessibilityCity city;
    private static SparseCosts costs;

    @BeforeAll
    static void load() {
        city = AccessibilityCity.load();
        costs = city.costs();
    }

    @Test
    void euclideanCostsFromCoordinatesReproduceTheCostFile() {
        SparseCosts computed = new EuclideanCosts(1.0, 0).between(city.demandX(), city.demandY(), city.supplyX(),
                city.supplyY(), CUTOFF);

        Map<Long, Double> fromFile = new HashMap<>();
        for (int k = 0; k < city.cost().length; k++) {
            fromFile.put(key(city.costOrigin()[k], city.costDestination()[k]), city.cost()[k]);
        }
        assertThat(computed.pairs()).isEqualTo(33_169).isEqualTo(fromFile.size());
        for (int i = 0; i < computed.origins(); i++) {
            for (int k = computed.rowStart(i); k < computed.rowEnd(i); k++) {
                Double expected = fromFile.get(key(i, computed.destination(k)));
                assertThat(expected).as("pair (%d, %d) in cost.csv", i, computed.destination(k)).isNotNull();
                // cost.csv rounds to the millimetre
                assertThat(Math.abs(computed.cost(k) - expected)).as("cost of (%d, %d)", i, computed.destination(k))
                        .isLessThanOrEqualTo(1e-3);
            }
        }
    }

    @Test
    void twoStepMatchesTheReference() {
        double[] access = FloatingCatchment.twoStep(costs, city.demand(), city.supply(), CUTOFF);

        assertSameToTwelveDigits(access, referenceTwoStep(d -> d <= CUTOFF ? BigDecimal.ONE : BigDecimal.ZERO));
    }

    @Test
    void enhancedTwoStepWithStepWeightsMatchesTheReference() {
        DistanceDecay step = DistanceDecay.step(new double[] {1000, 2000, 3000}, new double[] {1, 0.68, 0.22});

        double[] access = FloatingCatchment.enhancedTwoStep(costs, city.demand(), city.supply(), step);

        assertSameToTwelveDigits(access, referenceTwoStep(d -> d <= 1000 ? BigDecimal.ONE
                : d <= 2000 ? new BigDecimal("0.68") : d <= 3000 ? new BigDecimal("0.22") : BigDecimal.ZERO));
    }

    @Test
    void enhancedTwoStepWithGaussianWeightsMatchesTheReference() {
        DistanceDecay gaussian = DistanceDecay.gaussian(1000, CUTOFF);

        double[] access = FloatingCatchment.enhancedTwoStep(costs, city.demand(), city.supply(), gaussian);

        assertSameToTwelveDigits(access,
                referenceTwoStep(d -> d <= CUTOFF ? new BigDecimal(Math.exp(-d * d / (2 * 1000.0 * 1000.0))) : BigDecimal.ZERO));
    }

    /**
     * Demand-to-demand costs are not in the folder: they are the Euclidean distances between demand_xy.csv
     * points (each point with itself at 0), kept when {@code <= 3000} m. Rounding them to the millimetre, as
     * cost.csv is, moves no pair across the cutoff: both give 123,346 ordered pairs (meta.json neighbor_cost_rows).
     */
    @Test
    void supplyDemandRatioMatchesTheReference() {
        SparseCosts demandToDemand = new EuclideanCosts(1.0, 0).between(city.demandX(), city.demandY(), city.demandX(),
                city.demandY(), CUTOFF);
        assertThat(demandToDemand.pairs()).isEqualTo(123_346);

        double[] ratio = FloatingCatchment.supplyDemandRatio(costs, demandToDemand, city.demand(), city.supply(), CUTOFF);

        int n = city.demandPoints();
        BigDecimal[] reachableDemand = new BigDecimal[n];
        BigDecimal limit = BigDecimal.valueOf(CUTOFF);
        int neighbourPairs = 0;
        for (int i = 0; i < n; i++) {
            reachableDemand[i] = BigDecimal.ZERO;
            for (int k = 0; k < n; k++) {
                BigDecimal metres = new BigDecimal(Math.hypot(city.demandX()[i] - city.demandX()[k],
                        city.demandY()[i] - city.demandY()[k])).setScale(3, RoundingMode.HALF_EVEN);
                if (metres.compareTo(limit) <= 0) {
                    neighbourPairs++;
                    reachableDemand[i] = reachableDemand[i].add(new BigDecimal(city.demand()[k]));
                }
            }
        }
        assertThat(neighbourPairs).isEqualTo(123_346);
        BigDecimal[] reachableSupply = new BigDecimal[n];
        for (int row = 0; row < city.cost().length; row++) {
            int i = city.costOrigin()[row];
            if (city.cost()[row] <= CUTOFF) {
                BigDecimal supply = new BigDecimal(city.supply()[city.costDestination()[row]]);
                reachableSupply[i] = reachableSupply[i] == null ? supply : reachableSupply[i].add(supply);
            }
        }
        BigDecimal[] expected = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            expected[i] = reachableSupply[i] == null ? null : reachableSupply[i].divide(reachableDemand[i], EXACT);
        }
        assertSameToTwelveDigits(ratio, expected);
    }

    /** Every point reaches a facility within 3,000 m; within 1,000 m, 93 reach none. */
    @Test
    void twoStepConservesSupplyAndLeavesUnreachablePointsWithoutValue() {
        double cutoff = 1000;
        double[] access = FloatingCatchment.twoStep(costs, city.demand(), city.supply(), cutoff);

        boolean[] reachesAFacility = new boolean[city.demandPoints()];
        boolean[] hasDemand = new boolean[city.facilities()];
        for (int row = 0; row < city.cost().length; row++) {
            if (city.cost()[row] <= cutoff) {
                reachesAFacility[city.costOrigin()[row]] = true;
                hasDemand[city.costDestination()[row]] |= city.demand()[city.costOrigin()[row]] > 0;
            }
        }
        int unreachable = 0;
        BigDecimal peopleTimesAccess = BigDecimal.ZERO;
        for (int i = 0; i < access.length; i++) {
            assertThat(Double.isNaN(access[i])).as("demand point %d has no value", i).isEqualTo(!reachesAFacility[i]);
            if (reachesAFacility[i]) {
                peopleTimesAccess = peopleTimesAccess.add(new BigDecimal(city.demand()[i] * access[i]));
            } else {
                unreachable++;
            }
        }
        BigDecimal suppliedToSomeone = BigDecimal.ZERO;
        for (int j = 0; j < city.facilities(); j++) {
            if (hasDemand[j]) {
                suppliedToSomeone = suppliedToSomeone.add(new BigDecimal(city.supply()[j]));
            }
        }
        assertThat(unreachable).isEqualTo(93);
        assertThat(suppliedToSomeone.doubleValue()).isPositive();
        // Σ_i P_i A_i = Σ_i P_i Σ_j S_j / D_j = Σ_j S_j (Σ_i P_i) / D_j = Σ_j S_j over facilities someone reaches
        assertThat(relativeDifference(peopleTimesAccess.doubleValue(), suppliedToSomeone)).isLessThan(1e-12);
        assertThat(FloatingCatchment.twoStep(costs.within(cutoff), city.demand(), city.supply(), cutoff)).isEqualTo(access);
    }

    /** 2SFCA/E2SFCA straight from the CSV rows in file order: R_j, then A_i, all in 34-digit decimals. */
    private static BigDecimal[] referenceTwoStep(DoubleFunction<BigDecimal> weight) {
        int[] origin = city.costOrigin();
        int[] destination = city.costDestination();
        double[] cost = city.cost();
        BigDecimal[] weightedDemand = new BigDecimal[city.facilities()];
        for (int row = 0; row < cost.length; row++) {
            BigDecimal term = new BigDecimal(city.demand()[origin[row]]).multiply(weight.apply(cost[row]), EXACT);
            int j = destination[row];
            weightedDemand[j] = weightedDemand[j] == null ? term : weightedDemand[j].add(term, EXACT);
        }
        BigDecimal[] ratio = new BigDecimal[city.facilities()];
        for (int j = 0; j < ratio.length; j++) {
            if (weightedDemand[j] != null && weightedDemand[j].signum() > 0) {
                ratio[j] = new BigDecimal(city.supply()[j]).divide(weightedDemand[j], EXACT);
            }
        }
        BigDecimal[] access = new BigDecimal[city.demandPoints()];
        for (int row = 0; row < cost.length; row++) {
            if (ratio[destination[row]] != null) {
                BigDecimal term = ratio[destination[row]].multiply(weight.apply(cost[row]), EXACT);
                int i = origin[row];
                access[i] = access[i] == null ? term : access[i].add(term, EXACT);
            }
        }
        return access;
    }

    private static void assertSameToTwelveDigits(double[] actual, BigDecimal[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        int compared = 0;
        for (int i = 0; i < actual.length; i++) {
            if (expected[i] == null) {
                assertThat(actual[i]).as("point %d has no value", i).isNaN();
            } else {
                assertThat(relativeDifference(actual[i], expected[i])).as("point %d: %s vs %s", i, actual[i], expected[i])
                        .isLessThan(1e-12);
                compared++;
            }
        }
        assertThat(compared).as("points with a value").isGreaterThan(actual.length / 2);
    }

    private static double relativeDifference(double actual, BigDecimal expected) {
        if (expected.signum() == 0) {
            return Math.abs(actual);
        }
        return new BigDecimal(actual).subtract(expected).abs().divide(expected.abs(), EXACT).doubleValue();
    }

    private static long key(int origin, int destination) {
        return (long) origin << 32 | destination;
    }
}
