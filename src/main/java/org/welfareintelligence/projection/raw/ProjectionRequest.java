package org.welfareintelligence.projection.raw;

import java.time.Year;
import java.util.Arrays;
import org.welfareintelligence.projection.core.Method;

/**
 * A raw projection request parsed once: the series file, the optional hierarchy file, the target years (from
 * this year to 100 years ahead) and the method, null for the one that backtests best.
 */
record ProjectionRequest(NamedFile series, NamedFile parents, int[] years, Method method) {

    /** The farthest target year accepted, in years from now. */
    static final int MAX_YEARS_AHEAD = 100;

    /** An uploaded file's name and content. */
    record NamedFile(String name, byte[] content) {
    }

    static ProjectionRequest of(NamedFile series, NamedFile parents, String years, String method, Year now) {
        return new ProjectionRequest(series, parents, years(years, now),
                method == null || method.isBlank() ? null : parseMethod(method));
    }

    private static Method parseMethod(String method) {
        try {
            return Method.parse(method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("method: " + e.getMessage());
        }
    }

    private static int[] years(String text, Year now) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("years: give the target years, comma-separated, e.g. 2031,2041");
        }
        int[] years = Arrays.stream(text.split(",")).map(String::trim).mapToInt(year -> {
            try {
                return Integer.parseInt(year);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("years: '" + year + "' is not a year");
            }
        }).distinct().sorted().toArray();
        for (int year : years) {
            if (year < now.getValue()) {
                throw new IllegalArgumentException("years: " + year + " is in the past");
            }
            if (year > now.getValue() + MAX_YEARS_AHEAD) {
                throw new IllegalArgumentException("years: " + year + " is more than " + MAX_YEARS_AHEAD
                        + " years ahead");
            }
        }
        return years;
    }
}
