package org.welfareintelligence.territory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.database.DataVersion;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.privacy.PerturbationKeys;
import org.welfareintelligence.privacy.ProtectedQuantity;
import org.welfareintelligence.privacy.SmallCountSuppression.Relation;

/**
 * Every territorial count (residents, families, a target's demand) at every level the application publishes
 * — sections, neighbourhoods, census areas, municipi, the city and drawn zones — as the current reader may see
 * it. The relations between levels are the sums the API and tiles report, so a withheld cell cannot be
 * recovered by subtracting published ones at any level. Decisions are cached until the shared data change
 * ({@code database.DataVersion}, which never repeats, unlike import batch ids after a restore).
 */
@Service
public class TerritorialDisclosure {

    /**
     * One quantity as the current reader may see it, at every level: sections, areas and any set of sections
     * (a drawn zone). Every territorial count an output shows comes from one of these.
     */
    public static final class Release {

        private final Structure structure;
        private final ProtectedQuantity quantity;
        private final boolean controlled;

        private Release(Structure structure, ProtectedQuantity quantity, boolean controlled) {
            this.structure = structure;
            this.quantity = quantity;
            this.controlled = controlled;
        }

        /** Whether the figures are controlled (the reader is below the planner role). */
        public boolean controlled() {
            return controlled;
        }

        /** A section's count; zero for a section the quantity does not know. */
        public Count section(String code) {
            Integer cell = structure.sectionCellByCode().get(code);
            return cell == null ? Count.zero() : quantity.cell(cell, controlled);
        }

        public Count section(long id) {
            Integer cell = structure.sectionCellById().get(id);
            return cell == null ? Count.zero() : quantity.cell(cell, controlled);
        }

        /** An area's count; zero for an area the hierarchy does not hold. */
        public Count area(AreaLevel level, String code) {
            Integer cell = structure.areaCell().get(level.name() + ":" + code);
            return cell == null ? Count.zero() : quantity.cell(cell, controlled);
        }

        /** The count over any set of sections, such as a drawn zone or a catchment. */
        public Count zone(long[] sectionIds) {
            int[] cells = new int[sectionIds.length];
            int n = 0;
            for (long id : sectionIds) {
                Integer cell = structure.sectionCellById().get(id);
                if (cell != null) {
                    cells[n++] = cell;
                }
            }
            return quantity.sum(java.util.Arrays.copyOf(cells, n), controlled);
        }

        /** The value an analysis may use for a section on the reader's behalf (see docs/privacy.md). */
        public double analysisValue(long sectionId) {
            Integer cell = structure.sectionCellById().get(sectionId);
            return cell == null ? 0 : quantity.analysisValue(cell, controlled);
        }

        /** The sections withheld from this reader, as a PostgreSQL array literal for SQL-built layers and tiles. */
        public String withheldSectionIds() {
            return idArray(structure.sectionIds(), 0);
        }

        /** The areas withheld from this reader, as a PostgreSQL array literal. */
        public String withheldAreaIds() {
            return idArray(structure.areaIds(), structure.sectionIds().length);
        }

        private String idArray(long[] ids, int firstCell) {
            StringBuilder out = new StringBuilder("{");
            if (controlled) {
                for (int i = 0; i < ids.length; i++) {
                    if (quantity.withheld(firstCell + i)) {
                        out.append(out.length() > 1 ? "," : "").append(ids[i]);
                    }
                }
            }
            return out.append('}').toString();
        }
    }

    /** The territorial hierarchy as cells: sections first, then areas, then (when absent) a city cell. */
    private record Structure(long version, long[] sectionIds, String[] sectionCodes, long[] areaIds,
                             String[] areaCodes, AreaLevel[] areaLevels, List<Relation> relations, int cells,
                             int[][] areaSections, Map<Long, Integer> sectionCellById,
                             Map<String, Integer> sectionCellByCode, Map<String, Integer> areaCell) {
    }

    private final JdbcTemplate jdbc;
    private final DisclosureControl disclosure;
    private final PerturbationKeys keys;
    private final DataVersion dataVersion;
    private volatile Structure structure;
    private final Map<String, ProtectedQuantity> cache = new ConcurrentHashMap<>();

    TerritorialDisclosure(JdbcTemplate jdbc, DisclosureControl disclosure, PerturbationKeys keys,
                          DataVersion dataVersion) {
        this.jdbc = jdbc;
        this.disclosure = disclosure;
        this.keys = keys;
        this.dataVersion = dataVersion;
    }

    /** Residents per section, as the current reader may see them at every level. */
    public Release population() {
        return release("population", () -> sectionValues("SELECT id, coalesce(population, 0) FROM census_section"));
    }

    /** Families per section, as the current reader may see them at every level. */
    public Release families() {
        return release("families", () -> sectionValues("SELECT id, coalesce(families, 0) FROM census_section"));
    }

    /**
     * A quantity as the current reader may see it; what controlled readers may not see is decided once per
     * data version.
     *
     * @param key    names the quantity, e.g. "demand:17:2011"
     * @param values the quantity per section id (sections absent count as 0)
     */
    public Release release(String key, Supplier<Map<Long, Double>> values) {
        Structure current = currentStructure();
        ProtectedQuantity quantity = cache.computeIfAbsent(current.version() + ":" + key,
                k -> protect(current, key, values.get()));
        return new Release(current, quantity, disclosure.appliesToCurrentUser());
    }

    private ProtectedQuantity protect(Structure s, String key, Map<Long, Double> valueBySection) {
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
        return ProtectedQuantity.protect(values, sections, s.relations(), disclosure.minCount(),
                keys.keys(key, s.sectionIds()));
    }

    private Map<Long, Double> sectionValues(String sql) {
        Map<Long, Double> values = new HashMap<>();
        jdbc.query(sql, rs -> {
            values.put(rs.getLong(1), rs.getDouble(2));
        });
        return values;
    }

    private Structure currentStructure() {
        long version = dataVersion.current();
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
        Map<Long, Integer> sectionCellById = new HashMap<>();
        Map<String, Integer> sectionCellByCode = new HashMap<>();
        for (int i = 0; i < sections; i++) {
            sectionCellById.put(sectionRows.get(i)[0], i);
            sectionCellByCode.put(sectionCodes.get(i), i);
        }
        Map<String, Integer> areaCellByCode = new HashMap<>();
        for (int a = 0; a < areas.size(); a++) {
            areaCellByCode.put(areas.get(a).level().name() + ":" + areas.get(a).code(), sections + a);
        }
        return new Structure(version, sectionRows.stream().mapToLong(r -> r[0]).toArray(),
                sectionCodes.toArray(String[]::new), areaIds, areas.stream().map(Area::code).toArray(String[]::new),
                areas.stream().map(Area::level).toArray(AreaLevel[]::new), relations, cells, areaSections,
                sectionCellById, sectionCellByCode, areaCellByCode);
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
