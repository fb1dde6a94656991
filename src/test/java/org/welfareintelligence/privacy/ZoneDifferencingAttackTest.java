package org.welfareintelligence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.welfareintelligence.privacy.SmallCountSuppression.Relation;

/**
 * An attacker with a controlled account draws zones and subtracts what comes back. Sixty sections in six
 * neighbourhoods and a city total, a third of them holding 1 to 4 people (estimates, with decimals).
 */
class ZoneDifferencingAttackTest {

    private static final int SECTIONS = 60;
    private static final int K = 5;

    private final Random random = new Random(11);
    private final double[] values = new double[SECTIONS + 7];
    private final ProtectedQuantity quantity;

    ZoneDifferencingAttackTest() {
        List<Relation> relations = new ArrayList<>();
        int[] nils = new int[6];
        for (int n = 0; n < 6; n++) {
            int[] parts = IntStream.range(n * 10, n * 10 + 10).toArray();
            for (int s : parts) {
                int kind = random.nextInt(10);
                values[s] = kind < 3 ? 1 + random.nextInt(400) / 100.0 : kind < 5 ? 0 : 5 + random.nextInt(5600) / 100.0;
                values[SECTIONS + n] += values[s];
            }
            relations.add(new Relation(SECTIONS + n, parts));
            nils[n] = SECTIONS + n;
            values[SECTIONS + 6] += values[SECTIONS + n];
        }
        relations.add(new Relation(SECTIONS + 6, nils));
        double[] keys = random.doubles(SECTIONS).toArray();
        quantity = ProtectedQuantity.protect(values, SECTIONS, relations, K, keys);
    }

    @Test
    void addingOneWithheldSectionToAZoneChangesItsFigureByAMultipleOfKNeverByTheSmallCount() {
        int comparisons = 0;
        for (int round = 0; round < 20_000; round++) {
            int[] zone = randomZone();
            int extra = random.nextInt(SECTIONS);
            if (!quantity.withheld(extra) || contains(zone, extra)) {
                continue;
            }
            int[] larger = Arrays.copyOf(zone, zone.length + 1);
            larger[zone.length] = extra;
            Count with = quantity.sum(larger, true);
            Count without = quantity.sum(zone, true);
            if (with.isWithheld() || without.isWithheld()) {
                continue;
            }
            comparisons++;
            double difference = with.value() - without.value();
            assertThat(Math.abs(difference - values[extra])).as("zone %s plus section %d", Arrays.toString(zone), extra)
                    .isGreaterThan(0.005);
            assertThat(Math.abs(difference / K - Math.rint(difference / K))).isLessThan(0.01 / K);
        }
        assertThat(comparisons).as("pairs of shown zones compared").isGreaterThan(1_000);
    }

    @Test
    void theSameZoneGetsTheSameFigureInAnyOrderAndLargeZonesAlwaysShowOne() {
        int perturbed = 0;
        for (int round = 0; round < 5_000; round++) {
            int[] zone = randomZone();
            Count first = quantity.sum(zone, true);
            int[] reversed = IntStream.range(0, zone.length).map(i -> zone[zone.length - 1 - i]).toArray();
            assertThat(quantity.sum(reversed, true).value()).isEqualTo(first.value());
            double truth = Arrays.stream(zone).mapToDouble(s -> values[s]).sum();
            boolean holdsWithheld = Arrays.stream(zone).anyMatch(quantity::withheld);
            if (truth >= ProtectedQuantity.SHOWN_FROM) {
                assertThat(first.isWithheld()).as("zone of %.2f people", truth).isFalse();
            }
            if (holdsWithheld && !first.isWithheld()) {
                perturbed++;
                assertThat(first.isPerturbed()).isTrue();
                assertThat(Math.abs(first.value() - truth)).isLessThan(K);
            } else if (!holdsWithheld) {
                assertThat(first.value()).isCloseTo(truth, org.assertj.core.data.Offset.offset(0.005));
            }
            // planners see the exact sum
            assertThat(quantity.sum(zone, false).value()).isCloseTo(truth, org.assertj.core.data.Offset.offset(0.005));
        }
        assertThat(perturbed).isGreaterThan(100);
    }

    @Test
    void noPublishedNeighbourhoodOrCityTotalLeavesOneWithheldSectionToSubtract() {
        for (int n = 0; n < 7; n++) {
            int total = SECTIONS + n;
            if (quantity.withheld(total)) {
                continue;
            }
            int[] parts = n < 6 ? IntStream.range(n * 10, n * 10 + 10).toArray() : IntStream.range(SECTIONS, SECTIONS + 6).toArray();
            long withheldParts = Arrays.stream(parts).filter(quantity::withheld).count();
            double withheldMass = Arrays.stream(parts).filter(quantity::withheld).mapToDouble(c -> values[c]).sum();
            assertThat(withheldParts).as("withheld parts of cell %d", total).isNotEqualTo(1);
            if (withheldParts > 0) {
                assertThat(withheldMass).isGreaterThanOrEqualTo(K);
            }
        }
    }

    private int[] randomZone() {
        int size = 1 + random.nextInt(30);
        return random.ints(0, SECTIONS).distinct().limit(size).toArray();
    }

    private static boolean contains(int[] zone, int section) {
        return Arrays.stream(zone).anyMatch(s -> s == section);
    }
}
