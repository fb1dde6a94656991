package org.welfareintelligence.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class TargetFormulaTest {

    private static final Map<String, Double> ROW = Map.of("P1", 100.0, "P2", 48.0, "P3", 52.0, "P14", 5.0,
            "P15", 7.0, "a_1", 2.5);

    @Test
    void evaluatesWithPrecedenceAndLeftAssociativity() {
        assertThat(eval("2 + 3 * 4")).isEqualTo(14);
        assertThat(eval("(2 + 3) * 4")).isEqualTo(20);
        assertThat(eval("10 - 3 - 2")).isEqualTo(5);
        assertThat(eval("2 * 3 * 4 - 1")).isEqualTo(23);
        assertThat(eval("P14+P15")).isEqualTo(12);
        assertThat(eval("P1 - (P2 + P3)")).isEqualTo(0);
        assertThat(eval(" 0.5 * ( P14 + P15 ) * a_1 ")).isEqualTo(15);
        assertThat(eval("((P1))")).isEqualTo(100);
        assertThat(eval(".5 * P1")).isEqualTo(50);
    }

    @Test
    void listsColumnsInOrderOfFirstUse() {
        assertThat(TargetFormula.parse("P3 + 2 * (P1 - P3) + a_1").columns()).containsExactly("P3", "P1", "a_1");
        assertThat(TargetFormula.parse("42").columns()).isEmpty();
    }

    @Test
    void bindsColumnsToArrayPositions() {
        TargetFormula formula = TargetFormula.parse("P14 + P15 * 2 - P1");
        Map<String, Integer> index = Map.of("P1", 0, "P14", 1, "P15", 2);

        ToDoubleFunction<double[]> bound = formula.bind(index);

        assertThat(bound.applyAsDouble(new double[] {100, 5, 7})).isEqualTo(-81);
        assertThat(bound.applyAsDouble(new double[] {1, 1, 1})).isEqualTo(2);
        assertThat(formula.evaluate(new double[] {0, 3, 4}, index)).isEqualTo(11);
        assertThatThrownBy(() -> TargetFormula.parse("P1 + P99").bind(index))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown column P99");
    }

    @Test
    void reportsSyntaxErrorsWithThePosition() {
        assertSyntaxError("P1 +", "formula \"P1 +\", position 5: unexpected end of formula");
        assertSyntaxError("P1 $ P2", "formula \"P1 $ P2\", position 4: unexpected '$'");
        assertSyntaxError("(P1 + P2", "formula \"(P1 + P2\", position 9: expected ')' to close the '(' at position 1");
        assertSyntaxError("2 P1", "formula \"2 P1\", position 3: unexpected 'P'");
        assertSyntaxError("1..2", "formula \"1..2\", position 1: bad number '1..2'");
        assertSyntaxError("P1 / 2", "formula \"P1 / 2\", position 4: unexpected '/'");
        assertSyntaxError("-P1", "formula \"-P1\", position 1: unexpected '-'");
        assertSyntaxError("", "formula \"\", position 1: unexpected end of formula");
    }

    @Test
    void sumsMalesAndFemalesToTheCensusPopulation() throws IOException {
        FeatureSource census;
        try (InputStream in = MilanoData.open("istat2011_sections_milano.csv")) {
            census = new DelimitedTableReader().read("istat2011_sections_milano.csv", in);
        }
        List<TargetFormula> formulas = List.of(TargetFormula.parse("P2 + P3"), TargetFormula.parse("P1"));
        Map<String, Integer> index = new HashMap<>();
        index.put("P1", 0);
        index.put("P2", 1);
        index.put("P3", 2);
        List<ToDoubleFunction<double[]>> bound = formulas.stream().map(f -> f.bind(index)).toList();

        double[] totals = new double[2];
        double[] values = new double[3];
        for (SourceFeature row : census.features()) {
            for (Map.Entry<String, Integer> column : index.entrySet()) {
                values[column.getValue()] = DelimitedTableReader.number(row, column.getKey(), census.fileName());
            }
            for (int i = 0; i < bound.size(); i++) {
                totals[i] += bound.get(i).applyAsDouble(values);
            }
        }

        assertThat(totals).containsExactly(1_242_123, 1_242_123);
    }

    private static double eval(String text) {
        return TargetFormula.parse(text).evaluate(ROW::get);
    }

    private static void assertSyntaxError(String text, String message) {
        assertThatThrownBy(() -> TargetFormula.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
