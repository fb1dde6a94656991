package org.welfareintelligence.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything an import needs besides the file: provenance, CRS, repair policy and the per-kind field
 * names (e.g. {@code codeField=SEZ2011}). Unset options fall back to the defaults documented per kind.
 */
public record ImportOptions(String source, String licence, String period, Integer srid, boolean repair,
                            boolean synthetic, String loadedBy, Map<String, String> fields) {

    public ImportOptions {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    /** Options that name fields of the file or choose an importer's behaviour, as the API and CLI take them. */
    private static final List<String> FIELD_OPTIONS = List.of("level", "codeField", "nameField", "parentField",
            "neighbourhoodField", "censusAreaField", "areaField", "match", "mapping", "populationField",
            "familiesField", "unit", "destinations", "placeKind", "addressField");

    /** The field options present in a request or command line, read through {@code lookup} (null = absent). */
    static Map<String, String> fieldOptions(Function<String, String> lookup) {
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELD_OPTIONS) {
            String value = lookup.apply(name);
            if (value != null) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    public String field(String name, String fallback) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public String sourceOr(String fileName) {
        return source == null || source.isBlank() ? fileName : source;
    }
}
