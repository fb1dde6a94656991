package org.welfareintelligence.samplecity.generator;

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
