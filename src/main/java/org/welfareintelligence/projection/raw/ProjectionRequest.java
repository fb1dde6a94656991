package org.welfareintelligence.projection.raw;

import java.time.Year;
import java.util.Arrays;
import org.welfareintelligence.projection.core.Method;

/**
 * A raw projection request parsed once: the series file, the optional hierarchy file, the target years (from
 * this year to 100 years ahead, ascending), the method (null for the one that backtests best) and the optional
 * city total at each target year, which makes the method SHARE_OF_GROWTH.
 */
record ProjectionRequest(NamedFile series, NamedFile parents, int[] years, Method method, double[] total) {

    /** The farthest target year accepted, in years from now. */
    static final int MAX_YEARS_AHEAD = 100;

    /** An uploaded file's name and content. */
    record NamedFile(String name, byte[] content) {
    }

    static ProjectionRequest of(NamedFile series, NamedFile parents, String years, String method, String total,
                                Year now) {
        int[] targetYears = years(years, now);
        Method chosen = method == null || method.isBlank() ? null : parseMethod(method);
        if (total == null || total.isBlank()) {
            return new ProjectionRequest(series, parents, targetYears, chosen, null);
        }
        if (chosen != null && chosen != Method.SHARE_OF_GROWTH) {
            throw new IllegalArgumentException("total: only share_of_growth uses a city total, not " + method);
        }
        return new ProjectionRequest(series, parents, targetYears, Method.SHARE_OF_GROWTH,
                total(total, targetYears.length));
    }

    private static double[] total(String text, int years) {
        double[] total = Arrays.stream(text.split(",")).map(String::trim).mapToDouble(value -> {
            try {
                double number = Double.parseDouble(value);
                if (!Double.isFinite(number) || number < 0) {
                    throw new IllegalArgumentException("total: '" + value + "' is not a number of 0 or more");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("total: '" + value + "' is not a number");
            }
        }).toArray();
        if (total.length != years) {
            throw new IllegalArgumentException("total: one value per target year is needed, " + years + " years and "
                    + total.length + " totals");
        }
        return total;
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
        }).toArray();
        for (int k = 1; k < years.length; k++) {
            if (years[k] <= years[k - 1]) {
                throw new IllegalArgumentException("years: give them ascending, each once (" + text + ")");
            }
        }
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
