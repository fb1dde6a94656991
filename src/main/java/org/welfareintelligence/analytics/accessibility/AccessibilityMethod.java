package org.welfareintelligence.analytics.accessibility;

import java.util.Locale;

/** The accessibility measures a request can ask for. */
public enum AccessibilityMethod {
    /** Supply within the catchment over the demand within the catchment of each section. */
    RATIO("ratio"),
    /** Two-step floating catchment (Luo and Wang 2003). */
    TWO_STEP("2sfca"),
    /** Enhanced 2SFCA with step weights (Luo and Qi 2009). */
    E2SFCA_STEP("e2sfca-step"),
    /** Enhanced 2SFCA with a Gaussian weight. */
    E2SFCA_GAUSSIAN("e2sfca-gaussian"),
    /** Cost to the nearest facility. */
    NEAREST("nearest"),
    /** Cost to the n-th nearest facility. */
    NTH_NEAREST("nth-nearest");

    private final String code;

    AccessibilityMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the value is a cost (lower is better) rather than places per person (higher is better). */
    public boolean isCost() {
        return this == NEAREST || this == NTH_NEAREST;
    }

    public static AccessibilityMethod parse(String text) {
        String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (AccessibilityMethod method : values()) {
            if (method.code.equals(key)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text
                + "': use ratio, 2sfca, e2sfca-step, e2sfca-gaussian, nearest or nth-nearest");
    }
}
