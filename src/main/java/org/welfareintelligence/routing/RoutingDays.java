package org.welfareintelligence.routing;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.routing.core.DenseTravelMatrix;
import org.welfareintelligence.routing.core.RoutingProblem;

/**
 * Checks a request field by field (every problem a 400 naming the field) and builds its {@link RoutingDay}:
 * facility and section codes become points, points become metric coordinates in the city's CRS (PostGIS
 * {@code ST_Transform}), and travel is the straight line × detour factor at the given speed.
 */
@Service
class RoutingDays {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");
    private static final double DEFAULT_DETOUR = 1.3;
    private static final double DEFAULT_SPEED_KMH = 15;
    private static final int DEFAULT_SECONDS = 5;

    /** How a field is named in messages: JSON paths for a JSON body, file, row and column for CSV uploads. */
    enum Naming {
        JSON, CSV;

        String field(String list, int index, String name) {
            if (this == JSON) {
                return list + "[" + index + "]." + name;
            }
            String column = name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
            return list + ", row " + (index + 2) + ", field " + column;
        }
    }

    private final JdbcTemplate jdbc;
    private final CityProperties city;
    private final RoutingProperties limits;

    RoutingDays(JdbcTemplate jdbc, CityProperties city, RoutingProperties limits) {
        this.jdbc = jdbc;
        this.city = city;
        this.limits = limits;
    }

    RoutingDay build(RoutingRequest request, Naming naming) {
        List<RoutingRequest.Visit> visits = required(request.visits(), "visits", limits.maxVisits());
        List<RoutingRequest.Operator> operators = required(request.operators(), "operators", limits.maxOperators());
        double detour = bounded(request.detourFactor(), DEFAULT_DETOUR, 1, 5, "detourFactor");
        double speed = bounded(request.speedKmh(), DEFAULT_SPEED_KMH, 1, 130, "speedKmh");
        Integer askedSeconds = request.timeLimitSeconds();
        int seconds = (int) bounded(askedSeconds == null ? null : askedSeconds.doubleValue(), DEFAULT_SECONDS, 1,
                limits.maxTimeLimit().toSeconds(), "timeLimitSeconds");
        int n = visits.size();
        int k = operators.size();
        int places = n + 2 * k;
        double[] lat = new double[places];
        double[] lon = new double[places];
        String[] names = new String[places];
        Places resolver = new Places();
        Set<String> ids = new HashSet<>();
        long[] windowStart = new long[n];
        long[] windowEnd = new long[n];
        long[] service = new long[n];
        long[] skills = new long[n];
        int[] priority = new int[n];
        int[] visitPlace = new int[n];
        for (int v = 0; v < n; v++) {
            RoutingRequest.Visit visit = visits.get(v);
            String id = id(visit == null ? null : visit.id(), ids, naming.field("visits", v, "id"));
            windowStart[v] = time(visit.windowStart(), naming.field("visits", v, "windowStart"));
            windowEnd[v] = time(visit.windowEnd(), naming.field("visits", v, "windowEnd"));
            if (windowEnd[v] < windowStart[v]) {
                throw new IllegalArgumentException(naming.field("visits", v, "windowEnd") + ": " + visit.windowEnd()
                        + " is before the window's start " + visit.windowStart() + " (visit " + id + ")");
            }
            if (visit.durationMinutes() == null || visit.durationMinutes() < 0 || visit.durationMinutes() > 24 * 60) {
                throw new IllegalArgumentException(naming.field("visits", v, "durationMinutes")
                        + ": a duration from 0 to 1440 minutes is required, got " + visit.durationMinutes());
            }
            service[v] = visit.durationMinutes() * 60L;
            skills[v] = visit.skill() == null ? 0 : skillBit(visit.skill(), naming.field("visits", v, "skill"));
            priority[v] = visit.priority() == null ? 0 : visit.priority();
            if (priority[v] < 0 || priority[v] > 10) {
                throw new IllegalArgumentException(naming.field("visits", v, "priority")
                        + ": a priority from 0 (normal) to 10 is required, got " + visit.priority());
            }
            visitPlace[v] = v;
            resolver.put(v, visit.lat(), visit.lon(), visit.facility(), visit.section(), naming, "visits", v, "");
        }
        long[] shiftStart = new long[k];
        long[] shiftEnd = new long[k];
        long[] operatorSkills = new long[k];
        long[] breakEarliest = new long[k];
        long[] breakLatest = new long[k];
        long[] breakDuration = new long[k];
        int[] starts = new int[k];
        int[] ends = new int[k];
        Set<String> operatorIds = new HashSet<>();
        for (int o = 0; o < k; o++) {
            RoutingRequest.Operator op = operators.get(o);
            id(op == null ? null : op.id(), operatorIds, naming.field("operators", o, "id"));
            shiftStart[o] = time(op.shiftStart(), naming.field("operators", o, "shiftStart"));
            shiftEnd[o] = time(op.shiftEnd(), naming.field("operators", o, "shiftEnd"));
            if (shiftEnd[o] <= shiftStart[o]) {
                throw new IllegalArgumentException(naming.field("operators", o, "shiftEnd") + ": " + op.shiftEnd()
                        + " is not after the shift's start " + op.shiftStart());
            }
            for (String skill : op.skills() == null ? List.<String>of() : op.skills()) {
                operatorSkills[o] |= skillBit(skill, naming.field("operators", o, "skills"));
            }
            breakDuration[o] = op.breakMinutes() == null ? 0 : op.breakMinutes() * 60L;
            if (breakDuration[o] < 0) {
                throw new IllegalArgumentException(naming.field("operators", o, "breakMinutes")
                        + ": must be 0 or more, got " + op.breakMinutes());
            }
            if (breakDuration[o] > 0) {
                breakEarliest[o] = time(op.breakEarliest(), naming.field("operators", o, "breakEarliest"));
                breakLatest[o] = op.breakLatest() == null ? breakEarliest[o]
                        : time(op.breakLatest(), naming.field("operators", o, "breakLatest"));
                if (breakLatest[o] < breakEarliest[o]) {
                    throw new IllegalArgumentException(naming.field("operators", o, "breakLatest") + ": "
                            + op.breakLatest() + " is before breakEarliest " + op.breakEarliest());
                }
                if (breakEarliest[o] < shiftStart[o] || breakLatest[o] + breakDuration[o] > shiftEnd[o]) {
                    throw new IllegalArgumentException(naming.field("operators", o, "breakEarliest")
                            + ": the break must lie within the shift " + op.shiftStart() + "–" + op.shiftEnd());
                }
            }
            starts[o] = n + 2 * o;
            ends[o] = n + 2 * o + 1;
            resolver.put(starts[o], op.startLat(), op.startLon(), op.startFacility(), null, naming, "operators", o,
                    "start");
            // without an end of its own the operator returns where the shift started
            boolean sameEnd = op.endLat() == null && op.endLon() == null && op.endFacility() == null;
            resolver.put(ends[o], sameEnd ? op.startLat() : op.endLat(), sameEnd ? op.startLon() : op.endLon(),
                    sameEnd ? op.startFacility() : op.endFacility(), null, naming, "operators", o,
                    sameEnd ? "start" : "end");
        }
        resolver.resolve(lat, lon, names);
        double[][] metric = metric(lat, lon);
        DenseTravelMatrix travel = DenseTravelMatrix.straightLine(metric[0], metric[1], detour, speed / 3.6);
        RoutingProblem problem = new RoutingProblem(travel,
                new RoutingProblem.Visits(visitPlace, windowStart, windowEnd, service, skills, new long[n], priority),
                new RoutingProblem.Operators(starts, ends, shiftStart, shiftEnd, operatorSkills, filled(k, -1),
                        breakEarliest, breakLatest, breakDuration));
        RoutingRequest checked = new RoutingRequest(visits, operators, detour, speed, seconds);
        return new RoutingDay(checked, problem, lat, lon, names, limits.skills(), detour, speed, seconds);
    }

    private static <T> List<T> required(List<T> list, String field, int max) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one is required");
        }
        if (list.size() > max) {
            throw new IllegalArgumentException(field + ": " + list.size() + " given, at most " + max + " per day");
        }
        return list;
    }

    private static double bounded(Double value, double fallback, double min, double max, String field) {
        double v = value == null ? fallback : value;
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException(field + ": a value from " + min + " to " + max + " is required, got "
                    + v);
        }
        return v;
    }

    private static String id(String id, Set<String> seen, String field) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + ": an id is required");
        }
        if (!seen.add(id.trim())) {
            throw new IllegalArgumentException(field + ": '" + id + "' is given twice");
        }
        return id.trim();
    }

    /** Seconds since midnight of an "HH:mm" time. */
    static long time(String text, String field) {
        Matcher m = text == null ? null : TIME.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(field + ": a time of day as HH:mm is required, got "
                    + (text == null ? "nothing" : "'" + text + "'"));
        }
        return Integer.parseInt(m.group(1)) * 3600L + Integer.parseInt(m.group(2)) * 60L;
    }

    private long skillBit(String skill, String field) {
        int bit = limits.skills().indexOf(skill.trim());
        if (bit < 0) {
            throw new IllegalArgumentException(field + ": skill '" + skill + "' is unknown; the skills are "
                    + String.join(", ", limits.skills()));
        }
        return 1L << bit;
    }

    private static long[] filled(int size, long value) {
        long[] values = new long[size];
        Arrays.fill(values, value);
        return values;
    }

    /** Each place's x and y in metres in the city's CRS. */
    private double[][] metric(double[] lat, double[] lon) {
        int count = lat.length;
        double[][] xy = new double[2][count];
        Double[] lats = new Double[count];
        Double[] lons = new Double[count];
        for (int i = 0; i < count; i++) {
            lats[i] = lat[i];
            lons[i] = lon[i];
        }
        jdbc.query(connection -> {
            Array latArray = connection.createArrayOf("float8", lats);
            Array lonArray = connection.createArrayOf("float8", lons);
            var statement = connection.prepareStatement("""
                    SELECT i, ST_X(p), ST_Y(p)
                    FROM (SELECT i, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), ?) p
                          FROM unnest(?::float8[], ?::float8[]) WITH ORDINALITY AS u(lat, lon, i)) t""");
            statement.setInt(1, city.metricSrid());
            statement.setArray(2, latArray);
            statement.setArray(3, lonArray);
            return statement;
        }, row -> {
            int i = row.getInt(1) - 1;
            xy[0][i] = row.getDouble(2);
            xy[1][i] = row.getDouble(3);
        });
        return xy;
    }

    /**
     * Places as given: points are checked at once, facility and section codes collected and looked up together,
     * each unknown code a 400 naming the first field that gave it.
     */
    private final class Places {

        private final Map<Integer, String> facilityOf = new HashMap<>();
        private final Map<Integer, String> sectionOf = new HashMap<>();
        private final Map<Integer, double[]> pointOf = new HashMap<>();
        private final Map<String, String> fieldOf = new HashMap<>();

        void put(int place, Double lat, Double lon, String facility, String section, Naming naming, String list,
                 int index, String prefix) {
            String latField = naming.field(list, index, prefix.isEmpty() ? "lat" : prefix + "Lat");
            if (facility != null) {
                facilityOf.put(place, facility.trim());
                fieldOf.putIfAbsent("F" + facility.trim(), naming.field(list, index, prefix.isEmpty() ? "facility"
                        : prefix + "Facility"));
            } else if (section != null) {
                sectionOf.put(place, section.trim());
                fieldOf.putIfAbsent("S" + section.trim(), naming.field(list, index, "section"));
            } else if (lat != null && lon != null) {
                double km = kmFromCentre(lat, lon);
                if (!(km <= limits.maxKmFromCentre())) {
                    throw new IllegalArgumentException(latField + ": the point " + lat + ", " + lon + " lies "
                            + Math.round(km) + " km from the centre of " + city.name() + " (at most "
                            + Math.round(limits.maxKmFromCentre()) + " km); are lat and lon swapped?");
                }
                pointOf.put(place, new double[] {lat, lon});
            } else {
                throw new IllegalArgumentException(latField + ": a place is required: lat and lon, "
                        + (prefix.isEmpty() ? "a facility code or a section code" : "or a facility code"));
            }
        }

        void resolve(double[] lat, double[] lon, String[] names) {
            pointOf.forEach((place, point) -> {
                lat[place] = point[0];
                lon[place] = point[1];
            });
            Map<String, double[]> facilities = new HashMap<>();
            Map<String, String> facilityNames = new HashMap<>();
            if (!facilityOf.isEmpty()) {
                jdbc.query("SELECT code, name, ST_Y(geom), ST_X(geom) FROM facility WHERE code = ANY(?)", row -> {
                    facilities.put(row.getString(1), new double[] {row.getDouble(3), row.getDouble(4)});
                    facilityNames.put(row.getString(1), row.getString(2));
                }, (Object) new HashSet<>(facilityOf.values()).toArray(String[]::new));
            }
            Map<String, double[]> sections = new HashMap<>();
            if (!sectionOf.isEmpty()) {
                jdbc.query("SELECT code, ST_Y(centroid), ST_X(centroid) FROM census_section "
                                + "WHERE code = ANY(?) AND centroid IS NOT NULL",
                        row -> {
                            sections.put(row.getString(1), new double[] {row.getDouble(2), row.getDouble(3)});
                        }, (Object) new HashSet<>(sectionOf.values()).toArray(String[]::new));
            }
            place(facilityOf, facilities, "F", "facility", lat, lon, names, facilityNames);
            place(sectionOf, sections, "S", "census section with a centroid", lat, lon, names, null);
        }

        private void place(Map<Integer, String> codes, Map<String, double[]> found, String kind, String what,
                           double[] lat, double[] lon, String[] names, Map<String, String> labels) {
            new ArrayList<>(codes.entrySet()).forEach(entry -> {
                double[] point = found.get(entry.getValue());
                if (point == null) {
                    throw new IllegalArgumentException(fieldOf.get(kind + entry.getValue()) + ": no " + what
                            + " has the code '" + entry.getValue() + "'");
                }
                lat[entry.getKey()] = point[0];
                lon[entry.getKey()] = point[1];
                names[entry.getKey()] = labels == null ? entry.getValue() : labels.get(entry.getValue());
            });
        }
    }

    private double kmFromCentre(double lat, double lon) {
        double dy = (lat - city.centerLat()) * 110.574;
        double dx = (lon - city.centerLon()) * 111.320 * Math.cos(Math.toRadians(city.centerLat()));
        return Math.hypot(dx, dy);
    }
}
