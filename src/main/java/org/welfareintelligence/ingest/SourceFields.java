package org.welfareintelligence.ingest;

import java.util.List;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.InvalidInputException;

/** Chooses which column of a file plays a role, from an explicit option or the usual names. */
final class SourceFields {

    private SourceFields() {
    }

    /**
     * The field named by option {@code option}, which must exist in the file; else the first of
     * {@code usual} that the file has; else null, or an error when {@code required}.
     */
    static String pick(FeatureSource source, ImportOptions options, String option, List<String> usual,
                       boolean required) {
        String explicit = options.field(option, null);
        if (explicit != null) {
            if (!source.fieldNames().contains(explicit)) {
                throw new InvalidInputException(source.fileName(), "header", explicit,
                        "field " + explicit + " (from " + option + ") is not in the file; its fields are "
                                + source.fieldNames());
            }
            return explicit;
        }
        for (String name : usual) {
            if (source.fieldNames().contains(name)) {
                return name;
            }
        }
        if (required) {
            throw new InvalidInputException(source.fileName(), "header", option,
                    "none of the fields " + usual + " is in the file (its fields are " + source.fieldNames()
                            + "): name the field with " + option + "=...");
        }
        return null;
    }

    /** A 400 naming the first of {@code fields} (each its own usual name) that the file lacks. */
    static void requireAll(FeatureSource source, ImportOptions options, List<String> fields) {
        for (String field : fields) {
            pick(source, options, field, List.of(field), true);
        }
    }
}
