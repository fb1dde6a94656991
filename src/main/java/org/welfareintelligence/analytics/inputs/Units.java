package org.welfareintelligence.analytics.inputs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The units of one level that the study's sections belong to, in code order, with each section's unit.
 * Sums section values up to the units; sections not linked to a unit of the level are left out.
 */
public record Units(Level level, String[] code, String[] name, int[] unitOfSection) {

    public static Units of(StudySections sections, Level level) {
        Map<String, String> names = new java.util.TreeMap<>(Units::compareCodes);
        for (int i = 0; i < sections.size(); i++) {
            String code = sections.unit(level, i);
            if (code != null) {
                names.putIfAbsent(code, sections.unitName(level, i));
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        String[] codes = names.keySet().toArray(String[]::new);
        for (int u = 0; u < codes.length; u++) {
            index.put(codes[u], u);
        }
        int[] unitOf = new int[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            String code = sections.unit(level, i);
            unitOf[i] = code == null ? -1 : index.get(code);
        }
        return new Units(level, codes, names.values().toArray(String[]::new), unitOf);
    }

    public int size() {
        return code.length;
    }

    /** Σ of the section values per unit. */
    public double[] sum(double[] sectionValues) {
        double[] sums = new double[size()];
        for (int i = 0; i < unitOfSection.length; i++) {
            if (unitOfSection[i] >= 0) {
                sums[unitOfSection[i]] += sectionValues[i];
            }
        }
        return sums;
    }

    /** Index of the unit with this code, or -1. */
    public int indexOf(String unitCode) {
        for (int u = 0; u < code.length; u++) {
            if (code[u].equals(unitCode)) {
                return u;
            }
        }
        return -1;
    }

    /** Numeric codes (NIL 1..88, municipio 1..9) sort as numbers, others as text. */
    private static int compareCodes(String a, String b) {
        boolean numeric = a.matches("\\d{1,9}") && b.matches("\\d{1,9}");
        return numeric ? Integer.compare(Integer.parseInt(a), Integer.parseInt(b)) : a.compareTo(b);
    }
}
