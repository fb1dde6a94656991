package org.welfareintelligence.analytics.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GetisOrdGiStarTest {

    /** Four units in a row, 0–1–2–3. */
    private static final int[][] PATH = {{1}, {0, 2}, {1, 3}, {2}};
    private static final double[] X = {1, 2, 3, 10};

    @Test
    void zScoresByHand() {
        // n = 4, x̄ = 16/4 = 4, S² = (9 + 4 + 1 + 36)/4 = 12.5
        // unit 0: N* = {0,1}, W = 2, L = 3:   z = (3 − 8) / (√12.5 · √((4·2 − 4)/3)) = −5/√(50/3) = −√1.5
        // unit 1: N* = {0,1,2}, W = 3, L = 6: z = (6 − 12) / (√12.5 · √((12 − 9)/3)) = −6/√12.5
        // unit 2: N* = {1,2,3}, W = 3, L = 15: z = (15 − 12)/√12.5 = 3/√12.5
        // unit 3: N* = {2,3}, W = 2, L = 13:   z = (13 − 8)/√(50/3) = √1.5
        GetisOrdGiStar.Result result = new GetisOrdGiStar(PATH).solve(X, 0, 1);

        assertThat(result.z()).containsExactly(new double[] {-Math.sqrt(1.5), -6 / Math.sqrt(12.5), 3 / Math.sqrt(12.5),
                Math.sqrt(1.5)}, within(1e-12));
        // without permutations the level comes from z against 1.645 / 1.960 / 2.576: |z| ≤ 1.70 → 90 % at most
        assertThat(result.pseudoP()).containsOnly(Double.NaN);
        assertThat(result.hotCold()).containsExactly(0, -1, 0, 0);
    }

    @Test
    void conditionalPermutationByHand() {
        // unit 3 keeps x = 10 and draws its one neighbour from {1, 2, 3}: L' ∈ {11, 12, 13}, all ≤ L = 13, and
        // L' ≥ 13 only when 3 is drawn (probability 1/3) → p ≈ (333 + 1)/1000 ≈ 0.33
        GetisOrdGiStar.Result result = new GetisOrdGiStar(PATH).solve(X, 999, 42);

        assertThat(result.pseudoP()[3]).isBetween(0.28, 0.39);
        for (double p : result.pseudoP()) {
            assertThat(p).isBetween(1.0 / 1000, 1.0);
        }
        assertThat(result.hotCold()).containsOnly(0);
        assertThat(new GetisOrdGiStar(PATH).solve(X, 999, 42).pseudoP()).containsExactly(result.pseudoP());
    }

    @Test
    void findsAHotBlockOnAGrid() {
        // 20 × 20 queen grid, value 1 everywhere but 10 in the 4 × 4 block at rows/columns 8..11
        int size = 20;
        int[][] neighbours = QueenGrid.neighbours(size, size);
        double[] x = new double[size * size];
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                x[r * size + c] = r >= 8 && r <= 11 && c >= 8 && c <= 11 ? 10 : 1;
            }
        }

        GetisOrdGiStar.Result result = new GetisOrdGiStar(neighbours).solve(x, 999, 7);

        int centre = 9 * size + 9;
        assertThat(result.z()[centre]).isGreaterThan(5);
        assertThat(result.pseudoP()[centre]).isEqualTo(1.0 / 1000);
        assertThat(result.hotCold()[centre]).isEqualTo(3);
        assertThat(result.hotCold()[0]).isZero();
        // the seed fixes the outcome, whatever the thread scheduling
        assertThat(new GetisOrdGiStar(neighbours).solve(x, 999, 7).pseudoP()).containsExactly(result.pseudoP());
    }

    @Test
    void constantDataHaveNoHotSpots() {
        GetisOrdGiStar.Result result = new GetisOrdGiStar(PATH).solve(new double[] {5, 5, 5, 5}, 99, 1);

        assertThat(result.z()).containsOnly(Double.NaN);
        assertThat(result.pseudoP()).containsOnly(1.0);
        assertThat(result.hotCold()).containsOnly(0);
    }

    @Test
    void aFlatRateWithRoundingNoiseHasNoHotSpots() {
        // the same national rate per 1,000 on different bases differs between units only in the last digits
        double[] base = {1234, 987, 45678, 3, 20011};
        double[] rate = new double[base.length];
        for (int u = 0; u < base.length; u++) {
            rate[u] = base[u] * 0.0137 / base[u] * 1000;
        }
        int[][] path = {{1}, {0, 2}, {1, 3}, {2, 4}, {3}};
        GetisOrdGiStar.Result result = new GetisOrdGiStar(path).solve(rate, 99, 1);

        assertThat(result.z()).containsOnly(Double.NaN);
        assertThat(result.pseudoP()).containsOnly(1.0);
        assertThat(result.hotCold()).containsOnly(0);
    }

    @Test
    void refusesNeighboursThatAreNotSymmetric() {
        assertThatThrownBy(() -> new GetisOrdGiStar(new int[][] {{1}, {}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not symmetric");
        assertThatThrownBy(() -> new GetisOrdGiStar(new int[][] {{0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("itself");
        assertThatThrownBy(() -> new GetisOrdGiStar(new int[][] {{2}, {}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in 0..1");
    }
}
