package org.welfareintelligence.analytics.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A named table of plain values (text, numbers or null), the common shape of every CSV and XLSX export. */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public static Table of(String name, String... columns) {
        return new Table(name, List.of(columns), new ArrayList<>());
    }

    public Table row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("row of " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(values));
        return this;
    }
}
