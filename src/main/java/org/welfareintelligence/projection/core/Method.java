package org.welfareintelligence.projection.core;

import java.util.Locale;

/** The projection methods of one series per area, from the simplest (ties in a backtest go to the first). */
public enum Method {
    /** The last observed value, flat. */
    CONSTANT,
    /** The last value plus the least-squares slope, damped by {@link PointForecast#DAMPING} per year. */
    DAMPED_TREND,
    /** Each area keeps its share of the city total's growth; the total from its damped trend or the caller. */
    SHARE_OF_GROWTH;

    /** The method named by {@code text} (case-insensitive, - or _), or an IllegalArgumentException naming it. */
    public static Method parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown method '" + text + "': use constant, damped_trend or "
                    + "share_of_growth");
        }
    }
}
