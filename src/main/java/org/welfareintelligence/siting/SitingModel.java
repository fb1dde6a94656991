package org.welfareintelligence.siting;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The location models a job can run, by their API code. */
public enum SitingModel {

    P_MEDIAN("p-median", "Smallest total distance (p-median)");

    private final String code;
    private final String label;

    SitingModel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The model with this code; p-median when none is given. */
    static SitingModel parse(String code) {
        if (code == null || code.isBlank()) {
            return P_MEDIAN;
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("model '" + code + "' is unknown: use "
                        + Arrays.stream(values()).map(SitingModel::code).collect(Collectors.joining(", "))));
    }
}
