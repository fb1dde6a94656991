package org.welfareintelligence.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.welfareintelligence.geo.CityProperties;

/**
 * Keeps the hierarchy whole after any territorial import: links units that the files did not link
 * (by where their polygons lie), rebuilds the city outline from the municipi and re-sums populations
 * from the sections upwards.
 */
@Component
class TerritoryLinker {

    private final JdbcTemplate jdbc;
    private final CityProperties city;

    TerritoryLinker(JdbcTemplate jdbc, CityProperties city) {
        this.jdbc = jdbc;
        this.city = city;
    }

    void refresh() {
        linkCity();
        linkAreasSpatially("NEIGHBOURHOOD", "MUNICIPIO");
        linkAreasSpatially("CENSUS_AREA", "MUNICIPIO");
        linkSectionsSpatially("neighbourhood_id", "NEIGHBOURHOOD");
        linkSectionsSpatially("census_area_id", "CENSUS_AREA");
        sumPopulations();
    }

    private void linkCity() {
        Integer municipi = jdbc.queryForObject(
                "SELECT count(*) FROM territorial_area WHERE level = 'MUNICIPIO' AND geom IS NOT NULL", Integer.class);
        if (municipi == null || municipi == 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO territorial_area (level, code, name, geom, area_km2)
                SELECT 'CITY', ?, ?, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(geom)), 3)),
                       sum(area_km2)
                FROM territorial_area WHERE level = 'MUNICIPIO'
                ON CONFLICT (level, code) DO UPDATE SET geom = excluded.geom, area_km2 = excluded.area_km2""",
                city.name(), city.name());
        jdbc.update("""
                UPDATE territorial_area SET parent_id = (SELECT id FROM territorial_area WHERE level = 'CITY' AND code = ?)
                WHERE level = 'MUNICIPIO' AND parent_id IS NULL""", city.name());
    }

    /** The parent is the area that holds most of the child: outlines from different sources rarely nest exactly. */
    private void linkAreasSpatially(String childLevel, String parentLevel) {
        jdbc.update("""
                UPDATE territorial_area c SET parent_id = (
                    SELECT p.id FROM territorial_area p
                    WHERE p.level = ? AND ST_Intersects(p.geom, c.geom)
                    ORDER BY ST_Area(ST_Intersection(p.geom, c.geom)) DESC, p.code LIMIT 1)
                WHERE c.level = ? AND c.parent_id IS NULL AND c.geom IS NOT NULL""", parentLevel, childLevel);
    }

    private void linkSectionsSpatially(String column, String level) {
        jdbc.update("""
                UPDATE census_section s SET %s = (
                    SELECT a.id FROM territorial_area a
                    WHERE a.level = ? AND ST_Intersects(a.geom, s.centroid)
                    ORDER BY a.code LIMIT 1)
                WHERE s.%s IS NULL AND s.centroid IS NOT NULL""".formatted(column, column), level);
    }

    private void sumPopulations() {
        jdbc.update("""
                UPDATE territorial_area a SET population = x.population
                FROM (SELECT neighbourhood_id AS id, sum(population) AS population FROM census_section
                      WHERE neighbourhood_id IS NOT NULL GROUP BY neighbourhood_id
                      UNION ALL
                      SELECT census_area_id, sum(population) FROM census_section
                      WHERE census_area_id IS NOT NULL GROUP BY census_area_id) x
                WHERE a.id = x.id""");
        jdbc.update("""
                UPDATE territorial_area m SET population = (
                    SELECT sum(n.population) FROM territorial_area n WHERE n.parent_id = m.id AND n.level = 'NEIGHBOURHOOD')
                WHERE m.level = 'MUNICIPIO'""");
        jdbc.update("UPDATE territorial_area SET population = (SELECT sum(population) FROM census_section) "
                + "WHERE level = 'CITY'");
    }
}
