package org.welfareintelligence.territory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.privacy.SmallCountSuppression;
import org.welfareintelligence.privacy.SmallCountSuppression.Relation;

/**
 * Which counts of a per-section quantity (residents, families, a target's demand) must be withheld at every
 * level the application publishes: sections, neighbourhoods, census areas, municipi and the city. The
 * relations between levels are the sums the API and tiles report, so a withheld cell cannot be recovered by
 * subtracting published ones at any level. Results are cached until the next import changes the data.
 */
@Service
public class TerritorialDisclosure {

    /** The withheld cells of one quantity. */
    public record Hidden(Set<Long> sectionIds, Set<String> sectionCodes, Map<AreaLevel, Set<String>> areaCodes,
                         Set<Long> areaIds) {

        public static final Hidden NONE = new Hidden(Set.of(), Set.of(), Map.of(), Set.of());

        public boolean section(String code) {
            return sectionCodes.contains(code);
        }

        public boolean area(AreaLevel level, String code) {
            return areaCodes.getOrDefault(level, Set.of()).contains(code);
        }

        /** The section ids as a PostgreSQL array literal, for {@code id = ANY(CAST(:ids AS bigint[]))}. */
        public String sectionIdArray() {
            return arrayLiteral(sectionIds);
        }

        public String areaIdArray() {
            return arrayLiteral(areaIds);
        }

        private static String arrayLiteral(Set<Long> ids) {
            return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        }
    }

    /** The territorial hierarchy as cells: sections first, then areas, then (when absent) a city cell. */
    private record Structure(long version, long[] sectionIds, String[] sectionCodes, long[] areaIds,
                             String[] areaCodes, AreaLevel[] areaLevels, List<Relation> relations, int cells,
                             int[][] areaSections) {
    }

    private final JdbcTemplate jdbc;
    private final DisclosureControl disclosure;
    private final SmallCountSuppression suppression;
    private volatile Structure structure;
    private final Map<String, Hidden> cache = new ConcurrentHashMap<>();

    TerritorialDisclosure(JdbcTemplate jdbc, DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
        this.suppression = new SmallCountSuppression(disclosure.minCount());
    }

    /** What the current reader may not see of residents counts; nothing for planners. */
    public Hidden population() {
        return forCurrentReader("population",
                () -> sectionValues("SELECT id, coalesce(population, 0) FROM census_section"));
    }

    /** What the current reader may not see of family counts; nothing for planners. */
    public Hidden families() {
        return forCurrentReader("families",
                () -> sectionValues("SELECT id, coalesce(families, 0) FROM census_section"));
    }

    /**
     * What the current reader may not see of a quantity, computed once per data version.
     *
     * @param key    names the quantity, e.g. "demand:17:2011"
     * @param values the quantity per section id (sections absent count as 0)
     */
    public Hidden forCurrentReader(String key, Supplier<Map<Long, Double>> values) {
        if (!disclosure.appliesToCurrentUser()) {
            return Hidden.NONE;
        }
        Structure current = currentStructure();
        return cache.computeIfAbsent(current.version() + ":" + key, k -> hide(current, values.get()));
    }

    private Hidden hide(Structure s, Map<Long, Double> valueBySection) {
        double[] values = new double[s.cells()];
        int sections = s.sectionIds().length;
        for (int i = 0; i < sections; i++) {
            values[i] = valueBySection.getOrDefault(s.sectionIds()[i], 0.0);
        }
        for (int a = 0; a < s.areaIds().length; a++) {
            double sum = 0;
            for (int section : s.areaSections()[a]) {
                sum += values[section];
            }
            values[sections + a] = sum;
        }
        if (s.cells() > sections + s.areaIds().length) { // no city row: the last cell is the city total
            for (int i = 0; i < sections; i++) {
                values[s.cells() - 1] += values[i];
            }
        }
        boolean[] hidden = suppression.suppress(values, s.relations());
        Set<Long> sectionIds = new HashSet<>();
        Set<String> sectionCodes = new HashSet<>();
        for (int i = 0; i < sections; i++) {
            if (hidden[i]) {
                sectionIds.add(s.sectionIds()[i]);
                sectionCodes.add(s.sectionCodes()[i]);
            }
        }
        Map<AreaLevel, Set<String>> areaCodes = new EnumMap<>(AreaLevel.class);
        Set<Long> areaIds = new HashSet<>();
        for (int a = 0; a < s.areaIds().length; a++) {
            if (hidden[sections + a]) {
                areaIds.add(s.areaIds()[a]);
                areaCodes.computeIfAbsent(s.areaLevels()[a], l -> new HashSet<>()).add(s.areaCodes()[a]);
            }
        }
        return new Hidden(sectionIds, sectionCodes, areaCodes, areaIds);
    }

    private Map<Long, Double> sectionValues(String sql) {
        Map<Long, Double> values = new HashMap<>();
        jdbc.query(sql, rs -> {
            values.put(rs.getLong(1), rs.getDouble(2));
        });
        return values;
    }

    /** The newest import batch: every import that changes territory or demand adds one. */
    private long dataVersion() {
        Long version = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM import_batch", Long.class);
        return version == null ? 0 : version;
    }

    private Structure currentStructure() {
        long version = dataVersion();
        Structure s = structure;
        if (s == null || s.version() != version) {
            cache.clear();
            s = loadStructure(version);
            structure = s;
        }
        return s;
    }

    /**
     * Relations, matching how sums are published: neighbourhood = Σ its sections; census area = Σ its
     * sections; municipio = Σ its neighbourhoods; city = Σ municipi + neighbourhoods without a municipio +
     * sections without a neighbourhood; and again city = Σ census areas + sections without one.
     */
    private Structure loadStructure(long version) {
        List<long[]> sectionRows = jdbc.query(
                "SELECT id, coalesce(neighbourhood_id, 0), coalesce(census_area_id, 0) FROM census_section ORDER BY id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        List<String> sectionCodes = jdbc.queryForList("SELECT code FROM census_section ORDER BY id", String.class);
        record Area(long id, String code, AreaLevel level, long parent) {
        }
        List<Area> areas = jdbc.query(
                "SELECT id, code, level, coalesce(parent_id, 0) FROM territorial_area ORDER BY id",
                (rs, i) -> new Area(rs.getLong(1), rs.getString(2), AreaLevel.valueOf(rs.getString(3)), rs.getLong(4)));

        int sections = sectionRows.size();
        Map<Long, Integer> areaCell = new HashMap<>();
        for (int a = 0; a < areas.size(); a++) {
            areaCell.put(areas.get(a).id(), sections + a);
        }
        int city = areas.stream().filter(a -> a.level() == AreaLevel.CITY).findFirst()
                .map(a -> areaCell.get(a.id())).orElse(sections + areas.size());
        int cells = Math.max(city + 1, sections + areas.size());

        Map<Integer, List<Integer>> parts = new HashMap<>();
        List<Integer> cityByNeighbourhood = new ArrayList<>();
        List<Integer> cityByCensusArea = new ArrayList<>();
        List<List<Integer>> sectionsOfArea = new ArrayList<>();
        areas.forEach(a -> sectionsOfArea.add(new ArrayList<>()));
        for (int i = 0; i < sections; i++) {
            long[] row = sectionRows.get(i);
            Integer nil = areaCell.get(row[1]);
            Integer ace = areaCell.get(row[2]);
            if (nil != null) {
                parts.computeIfAbsent(nil, k -> new ArrayList<>()).add(i);
            } else {
                cityByNeighbourhood.add(i);
            }
            if (ace != null) {
                parts.computeIfAbsent(ace, k -> new ArrayList<>()).add(i);
            } else {
                cityByCensusArea.add(i);
            }
        }
        for (Area a : areas) {
            int cell = areaCell.get(a.id());
            if (a.level() == AreaLevel.NEIGHBOURHOOD) {
                Integer municipio = areaCell.get(a.parent());
                if (municipio != null && areas.get(municipio - sections).level() == AreaLevel.MUNICIPIO) {
                    parts.computeIfAbsent(municipio, k -> new ArrayList<>()).add(cell);
                } else {
                    cityByNeighbourhood.add(cell);
                }
            } else if (a.level() == AreaLevel.MUNICIPIO) {
                cityByNeighbourhood.add(cell);
            } else if (a.level() == AreaLevel.CENSUS_AREA) {
                cityByCensusArea.add(cell);
            }
        }
        List<Relation> relations = new ArrayList<>();
        parts.forEach((total, cellsOf) -> relations.add(new Relation(total, toArray(cellsOf))));
        relations.add(new Relation(city, toArray(cityByNeighbourhood)));
        relations.add(new Relation(city, toArray(cityByCensusArea)));

        // each area's value is the sum of its sections, found by walking the relations down to sections
        int[][] areaSections = new int[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            areaSections[a] = areas.get(a).level() == AreaLevel.CITY
                    ? java.util.stream.IntStream.range(0, sections).toArray()
                    : sectionsUnder(sections + a, parts, sections);
        }
        long[] areaIds = areas.stream().mapToLong(Area::id).toArray();
        return new Structure(version, sectionRows.stream().mapToLong(r -> r[0]).toArray(),
                sectionCodes.toArray(String[]::new), areaIds, areas.stream().map(Area::code).toArray(String[]::new),
                areas.stream().map(Area::level).toArray(AreaLevel[]::new), relations, cells, areaSections);
    }

    private static int[] sectionsUnder(int cell, Map<Integer, List<Integer>> parts, int sections) {
        List<Integer> found = new ArrayList<>();
        List<Integer> stack = new ArrayList<>(parts.getOrDefault(cell, List.of()));
        while (!stack.isEmpty()) {
            int c = stack.remove(stack.size() - 1);
            if (c < sections) {
                found.add(c);
            } else {
                stack.addAll(parts.getOrDefault(c, List.of()));
            }
        }
        return toArray(found);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
