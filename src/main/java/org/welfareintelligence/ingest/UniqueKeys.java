package org.welfareintelligence.ingest;

import java.util.HashMap;
import java.util.Map;

/** Refuses a file that names the same natural key twice: an upsert would silently keep only the last one. */
final class UniqueKeys {

    private final String what;
    private final String unit;
    private final Map<String, Integer> seen = new HashMap<>();

    /** {@code what} names the key in messages ("section", "facility"); {@code unit} is "row" or "feature". */
    UniqueKeys(String what, String unit) {
        this.what = what;
        this.unit = unit;
    }

    void claim(FieldValues values, String field, String key, int index) {
        Integer previous = seen.put(key, index);
        if (previous != null) {
            throw values.error(field, what + " " + key + " appears twice (" + unit + "s " + previous + " and "
                    + index + ")");
        }
    }
}
