package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallCountSuppressionTest {

    private final SmallCountSuppression k5 = new SmallCountSuppression(5);

    @Test
    void largeCountsAndZerosArePublished() {
        // cells 10, 0, 7; total 17: nothing below 5 except the zero, which identifies nobody
        assertThat(k5.suppressWithTotal(new double[] {10, 0, 7})).containsExactly(false, false, false, false);
    }

    @Test
    void aLoneSmallCellTakesTheSmallestOtherCellWithIt() {
        // cells 3, 20, 8, 0; total 31. Primary: 3. Alone it would be 31 - 20 - 8 - 0 = 3, so the smallest
        // positive published cell (8) is withheld too; 3 + 8 = 11 >= 5, so the pair is safe.
        assertThat(k5.suppressWithTotal(new double[] {3, 20, 8, 0}))
                .containsExactly(true, false, true, false, false);
    }

    @Test
    void twoSmallCellsSummingBelowKNeedAThird() {
        // cells 1, 2, 30, 9; total 42. Primary: 1 and 2, but together 3 < 5: the total minus the published
        // cells would say "3 people in these two cells". The next smallest (9) joins: 1 + 2 + 9 = 12.
        assertThat(k5.suppressWithTotal(new double[] {1, 2, 30, 9}))
                .containsExactly(true, true, false, true, false);
    }

    @Test
    void withoutAComplementTheTotalIsWithheld() {
        // cells 4, 0; total 4: no positive cell to hide behind, and the total is itself below 5
        assertThat(k5.suppressWithTotal(new double[] {4, 0})).containsExactly(true, false, true);
        // cells 2, 0, 0 but a total of 2 is also small; a total of 6 with cells 6 and 0 publishes everything
        assertThat(k5.suppressWithTotal(new double[] {6, 0})).containsExactly(false, false, false);
    }

    @Test
    void complementsPropagateUpTheHierarchy() {
        // city(0) = nil A(1) + nil B(2); A = a1(3) + a2(4); B = b1(5) + b2(6)
        // a1 = 2, a2 = 0 → A = 2; b1 = 40, b2 = 30 → B = 70; city = 72.
        // Primary: a1 and A (both 2). Relation A = a1 + a2: two hidden cells, fine.
        // Relation city = A + B: only A hidden → B joins (the only positive published child).
        // Relation B = b1 + b2: B alone hidden → b2 (30, the smaller) joins.
        double[] values = {72, 2, 70, 2, 0, 40, 30};
        int[] parent = {-1, 0, 0, 1, 1, 2, 2};
        boolean[] hidden = k5.suppress(values, parent);
        assertThat(hidden).containsExactly(false, true, true, true, false, false, true);
    }

    @Test
    void noWithheldCellCanBeRecoveredFromAnyRelation() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int nils = 1 + random.nextInt(5);
            int perNil = 1 + random.nextInt(6);
            int cells = 1 + nils + nils * perNil;
            double[] values = new double[cells];
            int[] parent = new int[cells];
            parent[0] = -1;
            for (int n = 0; n < nils; n++) {
                int nil = 1 + n;
                parent[nil] = 0;
                for (int s = 0; s < perNil; s++) {
                    int section = 1 + nils + n * perNil + s;
                    parent[section] = nil;
                    values[section] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
                    values[nil] += values[section];
                }
                values[0] += values[nil];
            }
            boolean[] hidden = k5.suppress(values, parent);
            for (int i = 0; i < cells; i++) {
                if (values[i] > 0 && values[i] < 5) {
                    assertThat(hidden[i]).as("primary cell %d", i).isTrue();
                }
            }
            assertSafe(values, parent, hidden);
        }
    }

    /** In every relation: zero or at least two withheld cells, and withheld children hold k or more. */
    private static void assertSafe(double[] values, int[] parent, boolean[] hidden) {
        for (int p = 0; p < values.length; p++) {
            int count = hidden[p] ? 1 : 0;
            double mass = 0;
            boolean anyChild = false;
            for (int c = 0; c < values.length; c++) {
                if (parent[c] == p) {
                    anyChild = true;
                    if (hidden[c]) {
                        count++;
                        mass += values[c];
                    }
                }
            }
            if (!anyChild) {
                continue;
            }
            assertThat(count).as("withheld cells in relation of %d", p).isNotEqualTo(1);
            if (!hidden[p] && count > 0) {
                assertThat(mass).as("withheld mass under published %d", p).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void aCellInTwoHierarchiesIsProtectedInBoth() {
        // sections s0..s3 (cells 0-3) sum into NIL A = s0 + s1 (4), NIL B = s2 + s3 (5), and into census
        // areas X = s0 + s2 (6), Y = s1 + s3 (7); the city (8) = A + B.
        // s0 = 2 (primary). In A: s1 (10) joins. In X: s2 (12) joins. Now B holds s2 alone: s3 (20) joins.
        // Y = s1 + s3 now holds two withheld cells with 30 people: safe. Every relation has 0 or >= 2.
        double[] values = {2, 10, 12, 20, 12, 32, 14, 30, 44};
        java.util.List<SmallCountSuppression.Relation> relations = java.util.List.of(
                new SmallCountSuppression.Relation(4, new int[] {0, 1}),
                new SmallCountSuppression.Relation(5, new int[] {2, 3}),
                new SmallCountSuppression.Relation(6, new int[] {0, 2}),
                new SmallCountSuppression.Relation(7, new int[] {1, 3}),
                new SmallCountSuppression.Relation(8, new int[] {4, 5}));
        boolean[] hidden = k5.suppress(values, relations);
        assertThat(hidden).containsExactly(true, true, true, true, false, false, false, false, false);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> new SmallCountSuppression(0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> k5.suppress(new double[] {1, 2}, new int[] {-1}))
                .hasMessageContaining("2 values but 1 parent links");
        assertThatThrownBy(() -> k5.suppress(new double[] {1}, new int[] {0}))
                .hasMessageContaining("invalid parent");
        assertThatThrownBy(() -> k5.suppress(new double[] {1},
                java.util.List.of(new SmallCountSuppression.Relation(0, new int[] {3}))))
                .hasMessageContaining("names cell 3 of 1");
    }
}
