package org.welfareintelligence.ingest.format;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the EPSG code of a coordinate reference system written as WKT, as in a Shapefile's .prj. */
public final class PrjCrs {

    private static final Pattern AUTHORITY =
            Pattern.compile("(?i)(?:AUTHORITY|ID)\\s*[\\[(]\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?");
    private static final Pattern NAME = Pattern.compile("^\\s*\\w+\\s*[\\[(]\\s*\"([^\"]*)\"");

    /** ESRI and EPSG names of the systems Italian and European data come in; keys as {@link #normalise}d. */
    private static final Map<String, Integer> KNOWN_NAMES = Map.ofEntries(
            Map.entry("gcs_wgs_1984", 4326), Map.entry("wgs_84", 4326), Map.entry("wgs84", 4326),
            Map.entry("gcs_etrs_1989", 4258), Map.entry("etrs89", 4258),
            Map.entry("gcs_monte_mario", 4265), Map.entry("monte_mario", 4265),
            Map.entry("wgs_1984_web_mercator_auxiliary_sphere", 3857), Map.entry("wgs_84_pseudo_mercator", 3857),
            Map.entry("monte_mario_italy_1", 3003), Map.entry("monte_mario_italy_zone_1", 3003),
            Map.entry("monte_mario_italy_2", 3004), Map.entry("monte_mario_italy_zone_2", 3004),
            Map.entry("wgs_1984_utm_zone_32n", 32632), Map.entry("wgs_84_utm_zone_32n", 32632),
            Map.entry("wgs_1984_utm_zone_33n", 32633), Map.entry("wgs_84_utm_zone_33n", 32633),
            Map.entry("etrs_1989_utm_zone_32n", 25832), Map.entry("etrs89_utm_zone_32n", 25832),
            Map.entry("etrs_1989_utm_zone_33n", 25833), Map.entry("etrs89_utm_zone_33n", 25833),
            Map.entry("rdn2008_utm_zone_32n", 7791), Map.entry("rdn2008_utm_zone_32n_n_e", 7791),
            Map.entry("rdn2008_utm_zone_33n", 7792), Map.entry("rdn2008_utm_zone_33n_n_e", 7792),
            Map.entry("ed_1950_utm_zone_32n", 23032), Map.entry("ed50_utm_zone_32n", 23032),
            Map.entry("etrs89_laea", 3035), Map.entry("etrs_1989_laea", 3035), Map.entry("etrs89_laea_europe", 3035));

    private PrjCrs() {
    }

    /**
     * @return the EPSG code from the top-level AUTHORITY (or WKT2 ID) when present, else from the name of the
     *         system in a table of well-known names; null when unknown, and the caller must ask for the SRID
     */
    public static Integer epsgOf(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return null;
        }
        Integer authority = topLevelAuthority(wkt);
        if (authority != null) {
            return authority;
        }
        Matcher name = NAME.matcher(wkt);
        return name.find() ? KNOWN_NAMES.get(normalise(name.group(1))) : null;
    }

    /** Only an AUTHORITY directly inside the outer element names the system; nested ones name its parts. */
    private static Integer topLevelAuthority(String wkt) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < wkt.length(); i++) {
            char c = wkt.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '(')) {
                depth++;
            } else if (!quoted && (c == ']' || c == ')')) {
                depth--;
            } else if (!quoted && depth == 1 && Character.isLetter(c) && !Character.isLetter(wkt.charAt(i - 1))) {
                Matcher authority = AUTHORITY.matcher(wkt).region(i, wkt.length());
                if (authority.lookingAt()) {
                    return Integer.valueOf(authority.group(1));
                }
            }
        }
        return null;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
