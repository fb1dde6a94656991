package org.welfareintelligence.ingest;

import java.util.Map;

/**
 * Everything an import needs besides the file: provenance, CRS, repair policy and the per-kind field
 * names (e.g. {@code codeField=SEZ2011}). Unset options fall back to the defaults documented per kind.
 */
public record ImportOptions(String source, String licence, String period, Integer srid, boolean repair,
                            boolean synthetic, String loadedBy, Map<String, String> fields) {

    public ImportOptions {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public String field(String name, String fallback) {
        String value = fields.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    public String sourceOr(String fileName) {
        return source == null || source.isBlank() ? fileName : source;
    }
}
