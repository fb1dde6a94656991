package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.ingest.format.FeatureSource;
import org.welfareintelligence.ingest.format.SourceFeature;

/**
 * Links sections to neighbourhoods (or census areas) from a table such as Milan's SEZ2011 → NIL list.
 * Options: level (neighbourhood, default, or census-area), codeField (SEZ2011), areaField (NIL), and
 * match = name (default) or code. Rows for sections that are not imported are skipped and counted.
 */
@Component
class SectionLinkImporter {

    private final JdbcTemplate jdbc;

    SectionLinkImporter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Counts run(FeatureSource table, ImportOptions options, List<String> warnings) {
        String file = table.fileName();
        String level = options.field("level", "neighbourhood").toUpperCase(Locale.ROOT).replace('-', '_');
        level = level.equals("NIL") ? "NEIGHBOURHOOD" : level.equals("ACE") ? "CENSUS_AREA" : level;
        String column = level.equals("CENSUS_AREA") ? "census_area_id" : "neighbourhood_id";
        String codeField = SourceFields.pick(table, options, "codeField", List.of("SEZ2011"), true);
        String areaField = SourceFields.pick(table, options, "areaField", List.of("NIL", "ID_NIL", "ACE"), true);
        boolean byName = options.field("match", "name").equalsIgnoreCase("name");

        Map<String, Long> areas = new HashMap<>();
        jdbc.query("SELECT code, name, id FROM territorial_area WHERE level = ?", rs -> {
            areas.put(byName ? nameKey(rs.getString(2)) : rs.getString(1), rs.getLong(3));
        }, level);
        Set<String> sections = new HashSet<>(jdbc.queryForList("SELECT code FROM census_section", String.class));

        List<Object[]> links = new ArrayList<>();
        int skipped = 0;
        for (SourceFeature row : table.features()) {
            FieldValues values = new FieldValues(file, row, "row");
            String section = values.code(codeField);
            String area = byName ? values.text(areaField, 200) : values.code(areaField);
            Long areaId = areas.get(byName ? nameKey(area) : area);
            if (areaId == null) {
                throw values.error(areaField, "no " + level.toLowerCase(Locale.ROOT).replace('_', ' ') + " with "
                        + (byName ? "name " : "code ") + area + ": import the areas first");
            }
            if (!sections.contains(section)) {
                skipped++;
                continue;
            }
            links.add(new Object[] {areaId, section});
        }
        if (skipped > 0) {
            warnings.add(skipped + " rows name sections that are not imported and were skipped");
        }
        jdbc.batchUpdate("UPDATE census_section SET " + column + " = ? WHERE code = ?", links);
        return new Counts(table.features().size(), links.size(), skipped, 0);
    }

    /** Names are matched ignoring case, spaces and punctuation: "S.VITTORE" is "S. Vittore". */
    private static String nameKey(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
