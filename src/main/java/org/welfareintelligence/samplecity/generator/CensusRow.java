package org.welfareintelligence.samplecity.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the census table, in the column layout of ISTAT's 2011 "dati per sezioni di censimento"
 * file. The first 12 columns identify the section; the rest are counts.
 */
final class CensusRow {

    /** Header of ISTAT's 2011 section file (R03_indicatori_2011_sezioni), kept verbatim. */
    static final List<String> COLUMNS = List.of(("SEZ2011;CODREG;REGIONE;CODPRO;PROVINCIA;CODCOM;COMUNE;PROCOM;NSEZ;ACE;CODLOC;CODASC;"
            + "P1;P2;P3;P4;P5;P6;P7;P8;P9;P10;P11;P12;P13;P14;P15;P16;P17;P18;P19;P20;P21;P22;P23;P24;P25;P26;P27;P28;P29;"
            + "P30;P31;P32;P33;P34;P35;P36;P37;P38;P39;P40;P41;P42;P43;P44;P45;P46;P47;P48;P49;P50;P51;P52;P53;P54;P55;P56;"
            + "P57;P58;P59;P60;P61;P62;P64;P65;P66;P128;P129;P130;P131;P132;P135;P136;P137;P138;P139;P140;"
            + "ST1;ST2;ST3;ST4;ST5;ST6;ST7;ST8;ST9;ST10;ST11;ST12;ST13;ST14;ST15;A2;A3;A5;A6;A7;A44;A46;A47;A48;"
            + "PF1;PF2;PF3;PF4;PF5;PF6;PF7;PF8;PF9;E1;E2;E3;E4;E5;E6;E7;E8;E9;E10;E11;E12;E13;E14;E15;E16;E17;E18;E19;"
            + "E20;E21;E22;E23;E24;E25;E26;E27;E28;E29;E30;E31").split(";"));

    static final int FIRST_COUNT = COLUMNS.indexOf("P1");
    // lookup only
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            INDEX.put(COLUMNS.get(i), i);
        }
    }

    final int nsez;
    final int ace;
    final int municipio;
    /** ISTAT placeholder sections (NSEZ 8888881..) hold people without a dwelling and have no polygon. */
    final boolean placeholder;
    private final int[] counts = new int[COLUMNS.size() - FIRST_COUNT];

    CensusRow(int nsez, int ace, int municipio, boolean placeholder) {
        this.nsez = nsez;
        this.ace = ace;
        this.municipio = municipio;
        this.placeholder = placeholder;
    }

    int get(String column) {
        return counts[offset(column)];
    }

    void set(String column, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(column + " < 0 in section " + nsez);
        }
        counts[offset(column)] = value;
    }

    /** Sets a run of consecutive numbered columns, e.g. ("P", 14, values) for P14, P15, ... */
    void setRun(String prefix, int first, int[] values) {
        for (int i = 0; i < values.length; i++) {
            set(prefix + (first + i), values[i]);
        }
    }

    /**
     * This row in a later census with every count times {@code growth}, rounded (which keeps each sub-count within
     * its total), then the totals made to add up again.
     */
    CensusRow scaled(double growth) {
        CensusRow next = new CensusRow(nsez, ace, municipio, placeholder);
        for (int i = 0; i < counts.length; i++) {
            next.counts[i] = (int) Math.round(counts[i] * growth);
        }
        next.retotal();
        return next;
    }

    /** Age bands P{band} (and their male bands, 16 columns on) times {@code factor}; the totals follow. */
    void reweighAgeBands(int[] bands, double factor) {
        for (int band : bands) {
            set("P" + band, (int) Math.round(get("P" + band) * factor));
            set("P" + (band + 16), Math.min(get("P" + band), (int) Math.round(get("P" + (band + 16)) * factor)));
        }
        retotal();
    }

    /**
     * Makes the totals add up again after counts were scaled, as in the first census: residents P1 = P2 + P3 = the
     * age bands, by marital status P4..P8 and aged 15+ = labour force P60 + inactive P128; education P46, P53;
     * foreign residents ST1 = ST3..ST5 = ST14 + ST15; families PF1 = PF3..PF8 with their members PF2 (at most P1),
     * by tenure A46..A48 (placeholder rows have none); buildings E2 = E3 + E4 (at most E1), E3 = E28..E31; and no sub-count of a target
     * formula (P60 - P61 - P62, (P60 - P61) - (P64 - P65)) below 0.
     */
    private void retotal() {
        int all = 0;
        int males = 0;
        for (int band = 14; band <= 29; band++) {
            all += get("P" + band);
            males += get("P" + (band + 16));
        }
        set("P1", all);
        set("P2", males);
        set("P3", all - males);
        fit(run("P", 4, 8), all);
        set("P46", sum(run("P", 47, 52)));
        set("P53", sum(run("P", 54, 59)));
        int adults = all - sum(run("P", 14, 16));
        set("P60", Math.min(get("P60"), adults));
        set("P128", adults - get("P60"));
        set("P61", Math.min(get("P61"), get("P60")));
        set("P62", Math.min(get("P62"), get("P60") - get("P61")));
        set("P65", Math.min(get("P65"), get("P64")));
        int unemployed = get("P60") - get("P61");
        if (get("P64") - get("P65") > unemployed) {
            set("P65", get("P64") - unemployed);
        }
        set("ST1", sum(run("ST", 3, 5)));
        fit(List.of("ST14", "ST15"), get("ST1"));
        int members = families();
        if (members > all) {
            set("PF3", Math.max(0, get("PF3") - (members - all)));
            families();
        }
        if (!placeholder) {
            // people without a dwelling have no tenure and no building
            fit(List.of("A46", "A47", "A48"), get("PF1"));
            set("E2", get("E3") + get("E4"));
            set("E1", Math.max(get("E1"), get("E2")));
            fit(run("E", 28, 31), get("E3"));
        }
    }

    /** PF1 = PF3 + ... + PF8, PF9 (members of families of 6+) at least 6 per such family, PF2 their members. */
    private int families() {
        set("PF1", sum(run("PF", 3, 8)));
        set("PF9", Math.max(get("PF9"), 6 * get("PF8")));
        set("PF2", get("PF3") + 2 * get("PF4") + 3 * get("PF5") + 4 * get("PF6") + 5 * get("PF7") + get("PF9"));
        return get("PF2");
    }

    /** Moves the difference to {@code total} onto the largest columns, none below 0. */
    private void fit(List<String> columns, int total) {
        int missing = total - sum(columns);
        List<String> bySize = new ArrayList<>(columns);
        bySize.sort((a, b) -> Integer.compare(get(b), get(a)));
        for (String column : bySize) {
            int change = Math.max(missing, -get(column));
            set(column, get(column) + change);
            missing -= change;
            if (missing == 0) {
                return;
            }
        }
    }

    private static List<String> run(String prefix, int from, int to) {
        List<String> columns = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            columns.add(prefix + i);
        }
        return columns;
    }

    private int sum(List<String> columns) {
        int total = 0;
        for (String column : columns) {
            total += get(column);
        }
        return total;
    }

    String code() {
        return Population.PROCOM + String.format(java.util.Locale.ROOT, "%07d", nsez);
    }

    /** The row as ISTAT writes it: CODASC and the building-material counts E5..E7 as decimals, the latter empty for placeholders. */
    String toCsv() {
        StringBuilder sb = new StringBuilder(600);
        sb.append(code()).append(";99;Regione sintetica;99;Provincia sintetica;146;Città sintetica;")
                .append(Population.PROCOM).append(';').append(nsez).append(';').append(ace)
                .append(";10001;").append(municipio).append(".0");
        for (int i = FIRST_COUNT; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            sb.append(';');
            boolean decimal = column.equals("E5") || column.equals("E6") || column.equals("E7");
            if (decimal && placeholder) {
                continue;
            }
            sb.append(counts[i - FIRST_COUNT]);
            if (decimal) {
                sb.append(".0");
            }
        }
        return sb.toString();
    }

    private static int offset(String column) {
        Integer i = INDEX.get(column);
        if (i == null || i < FIRST_COUNT) {
            throw new IllegalArgumentException("not a count column: " + column);
        }
        return i - FIRST_COUNT;
    }
}
