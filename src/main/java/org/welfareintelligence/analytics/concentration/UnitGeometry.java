package org.welfareintelligence.analytics.concentration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.analytics.inputs.Level;
import org.welfareintelligence.analytics.inputs.Units;
import org.welfareintelligence.geo.CityProperties;

/** What PostGIS knows of the units' polygons: queen contiguity and area. */
@Component
class UnitGeometry {

    private final NamedParameterJdbcTemplate jdbc;
    private final CityProperties city;

    UnitGeometry(NamedParameterJdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    /**
     * Queen contiguity: two units are neighbours when their polygons share at least a point
     * ({@code ST_Intersects}, which also joins polygons that overlap slightly where outlines from different
     * sources do not fit exactly). Units without a polygon have no neighbours.
     */
    int[][] queenNeighbours(Units units) {
        String sql = units.level() == Level.SECTION
                ? """
                  SELECT a.code, b.code FROM census_section a JOIN census_section b
                    ON a.id < b.id AND a.geom && b.geom AND ST_Intersects(a.geom, b.geom)"""
                : """
                  SELECT a.code, b.code FROM territorial_area a JOIN territorial_area b
                    ON a.level = b.level AND a.id < b.id AND a.geom && b.geom AND ST_Intersects(a.geom, b.geom)
                  WHERE a.level = :level""";
        Map<String, Integer> index = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            index.put(units.code()[u], u);
        }
        List<List<Integer>> lists = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            lists.add(new ArrayList<>());
        }
        int[] pairs = {0};
        jdbc.query(sql, new MapSqlParameterSource("level", units.level().name()), rs -> {
            Integer a = index.get(rs.getString(1));
            Integer b = index.get(rs.getString(2));
            if (a != null && b != null) {
                lists.get(a).add(b);
                lists.get(b).add(a);
                pairs[0]++;
            }
        });
        if (pairs[0] == 0) {
            throw new IllegalArgumentException("the " + units.level().code() + " units have no polygons that touch: "
                    + "hot spots need polygons (use level=neighbourhood or census-area when sections have none)");
        }
        int[][] neighbours = new int[units.size()][];
        for (int u = 0; u < units.size(); u++) {
            neighbours[u] = lists.get(u).stream().mapToInt(Integer::intValue).toArray();
        }
        return neighbours;
    }

    /** Area in km² of each unit, measured in the city's metric CRS; NaN without a polygon. */
    double[] areaKm2(Units units) {
        String sql = units.level() == Level.SECTION
                ? "SELECT code, ST_Area(ST_Transform(geom, :srid)) / 1e6 FROM census_section WHERE geom IS NOT NULL"
                : "SELECT code, ST_Area(ST_Transform(geom, :srid)) / 1e6 FROM territorial_area "
                  + "WHERE level = :level AND geom IS NOT NULL";
        Map<String, Double> areas = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("srid", city.metricSrid()).addValue("level", units.level().name()),
                rs -> {
                    areas.put(rs.getString(1), rs.getDouble(2));
                });
        double[] area = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            area[u] = areas.getOrDefault(units.code()[u], Double.NaN);
        }
        return area;
    }
}
