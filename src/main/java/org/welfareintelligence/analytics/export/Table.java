package org.welfareintelligence.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.CountNames;

/**
 * A named table of plain values (text, numbers, {@link Count}s or null), the common shape of every CSV and XLSX
 * export. A column named as a count of people ({@link CountNames}) takes only counts that passed disclosure
 * control.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public static Table of(String name, String... columns) {
        return new Table(name, List.of(columns), new ArrayList<>());
    }

    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("row of " + values.length + " values for " + columns.size() + " columns");
        }
        for (int c = 0; c < values.length; c++) {
            CountNames.requireControlled(columns.get(c), values[c]);
        }
        rows.add(Arrays.asList(values));
        return this;
    }
}
