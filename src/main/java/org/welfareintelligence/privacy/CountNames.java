package org.welfareintelligence.privacy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names by which outputs call counts of people or families (record components, table columns, GeoJSON
 * properties): a name made of words such as {@code residents}, {@code demand} or {@code people} holds a count
 * and must carry a {@link Count}, unless a word makes it a rate or a measure ({@code peoplePerPlace},
 * {@code shareWithinRadius}, {@code demandIndex}). Exports check their columns against it and the
 * architecture test checks every type an endpoint returns (docs/privacy.md, "How to return a count").
 */
public final class CountNames {

    /** Words that make a name a count of people or families. */
    public static final Set<String> COUNT_WORDS = Set.of("population", "residents", "resident", "people", "persons",
            "person", "families", "family", "households", "household", "demand", "count", "counts", "served",
            "unserved", "unlocated", "allocated", "covered", "withheld", "users", "clients", "members",
            "beneficiaries", "recipients");

    /** Runs of words that make a name a count, such as {@code withinRadius} (people within the radius). */
    public static final Set<String> COUNT_PHRASES = Set.of("withinradius", "withinreach");

    /** Words that turn such a name into a rate, a share, a distance or another measure that is not a count. */
    public static final Set<String> MEASURE_WORDS = Set.of("per", "rate", "rates", "share", "shares", "ratio",
            "quotient", "index", "density", "score", "weight", "weights", "distance", "travel", "mean", "median",
            "percentile", "rank", "km2", "places", "objective", "gini", "theil", "cv", "palma", "z", "p", "section",
            "sections", "facility", "facilities", "period", "periods", "code", "codes", "name", "names", "level",
            "kind", "bound", "bounds", "threshold", "min", "max", "cost", "costs", "unit", "id", "ids", "percent",
            "pct", "gap", "staff", "capacity", "load", "points");

    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");
    /** Every export checks each cell's column name, so the answers are kept; names are the code's, a few hundred. */
    private static final int REMEMBERED_NAMES = 10_000;
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private CountNames() {
    }

    /** Whether a name says it holds a count of people or families (and not a rate or measure of them). */
    public static boolean isCount(String name) {
        Boolean known = KNOWN.get(name);
        if (known != null) {
            return known;
        }
        boolean count = classify(name);
        if (KNOWN.size() < REMEMBERED_NAMES) {
            KNOWN.put(name, count);
        }
        return count;
    }

    private static boolean classify(String name) {
        String joined = name.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]", "");
        boolean count = COUNT_PHRASES.stream().anyMatch(joined::contains);
        for (String word : WORD_BREAK.split(name)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (MEASURE_WORDS.contains(w)) {
                return false;
            }
            count |= COUNT_WORDS.contains(w);
        }
        return count;
    }

    /**
     * Refuses a raw number under a count name: the one check every exporter makes on what it is given.
     *
     * @throws IllegalStateException naming the field, when {@code value} is a plain number
     */
    public static void requireControlled(String name, Object value) {
        if (value instanceof Number && isCount(name)) {
            throw new IllegalStateException("'" + name + "' is a count of people: pass the privacy.Count that "
                    + "disclosure control made, not a raw number (docs/privacy.md)");
        }
    }
}
