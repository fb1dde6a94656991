package org.welfareintelligence.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hand-made city of three census sections in the metric CRS (EPSG:32632, metres from x 514000, y 5034000),
 * for fixtures whose answers are worked out by hand. Neighbourhood T1 is the square [0, 1000] × [0, 1000] with
 * sections S1 = [0, 500] and S2 = [500, 1000] (x ranges, full height); neighbourhood T2 is [1000, 2000] with S3.
 * Demand: elderly 75+ 30 / 20 / 100 and disabled 10 / 10 / 100 people in S1 / S2 / S3.
 */
public final class SmallCity {

    private SmallCity() {
    }

    /** Empties the database (identities restart, so the fixture's import batch is 1) and loads the city. */
    public static void load(JdbcTemplate jdbc) {
        DatabaseCleaner.clean(jdbc);
        jdbc.update("""
                INSERT INTO import_batch (kind, source, loaded_by) VALUES ('census', 'hand-made fixture', 'test')""");
        area(jdbc, "CITY", "Milano", "Milano", 0, 2000);
        area(jdbc, "NEIGHBOURHOOD", "T1", "Borgo Uno", 0, 1000);
        area(jdbc, "NEIGHBOURHOOD", "T2", "Borgo Due", 1000, 2000);
        section(jdbc, "S1", "T1", 0, 500, 300);
        section(jdbc, "S2", "T1", 500, 1000, 200);
        section(jdbc, "S3", "T2", 1000, 2000, 1000);
        demand(jdbc, "P_ELDERLY_75_PLUS", "S1", 30);
        demand(jdbc, "P_ELDERLY_75_PLUS", "S2", 20);
        demand(jdbc, "P_ELDERLY_75_PLUS", "S3", 100);
        demand(jdbc, "P_DISABLED", "S1", 10);
        demand(jdbc, "P_DISABLED", "S2", 10);
        demand(jdbc, "P_DISABLED", "S3", 100);
    }

    /**
     * The centres of organisation ORG: elderly day centres FA (200, 500) 10 places and 2 staff, FB (800, 500) 20,
     * FC (1,600, 500) 40 and FD (1,000, 900) none; home care at FA 5 and FC 60 places, no staff reported; a disability
     * day centre at FA, 30 places and 6 staff; FE (300, 300) closed.
     */
    public static void centres(JdbcTemplate jdbc) {
        organisation(jdbc, "ORG", "Cooperativa");
        facility(jdbc, "FA", "ORG", 200, 500, "OPEN");
        offer(jdbc, "FA", "ELDERLY_DAY_CENTRE", 10, 2.0);
        offer(jdbc, "FA", "HOME_CARE", 5, null);
        offer(jdbc, "FA", "DISABILITY_DAY_CENTRE", 30, 6.0);
        facility(jdbc, "FB", "ORG", 800, 500, "OPEN");
        offer(jdbc, "FB", "ELDERLY_DAY_CENTRE", 20, null);
        facility(jdbc, "FC", "ORG", 1600, 500, "OPEN");
        offer(jdbc, "FC", "ELDERLY_DAY_CENTRE", 40, null);
        offer(jdbc, "FC", "HOME_CARE", 60, null);
        facility(jdbc, "FD", "ORG", 1000, 900, "OPEN");
        offer(jdbc, "FD", "ELDERLY_DAY_CENTRE", 0, null);
        facility(jdbc, "FE", "ORG", 300, 300, "CLOSED");
    }

    public static void organisation(JdbcTemplate jdbc, String code, String name) {
        jdbc.update("INSERT INTO organisation (code, name, type) VALUES (?, ?, 'THIRD_SECTOR')", code, name);
    }

    /** A facility at metres (x, y) from the origin, run by {@code organisation}. */
    public static void facility(JdbcTemplate jdbc, String code, String organisation, double x, double y,
                                String status) {
        jdbc.update("""
                INSERT INTO facility (code, name, organisation_id, geom, status, section_id)
                SELECT ?, 'Centre ' || ?, (SELECT id FROM organisation WHERE code = ?),
                       ST_Transform(ST_SetSRID(ST_MakePoint(514000 + ?, 5034000 + ?), 32632), 4326), ?,
                       (SELECT s.id FROM census_section s
                        WHERE ST_Contains(s.geom, ST_Transform(ST_SetSRID(ST_MakePoint(514000 + ?, 5034000 + ?), 32632), 4326)))""",
                code, code, organisation, x, y, status, x, y);
    }

    /** A service offered at a facility, with its places and staff (null when unknown). */
    public static void offer(JdbcTemplate jdbc, String facility, String serviceType, int places, Double staff) {
        jdbc.update("""
                INSERT INTO facility_service (facility_id, service_type_id, capacity_places, staff_fte)
                SELECT f.id, st.id, ?, ? FROM facility f, service_type st WHERE f.code = ? AND st.code = ?""",
                places, staff, facility, serviceType);
    }

    private static void area(JdbcTemplate jdbc, String level, String code, String name, double x0, double x1) {
        jdbc.update("""
                INSERT INTO territorial_area (level, code, name, geom, population)
                VALUES (?, ?, ?, ST_Multi(ST_Transform(ST_MakeEnvelope(514000 + ?, 5034000, 514000 + ?, 5035000, 32632), 4326)), 0)""",
                level, code, name, x0, x1);
    }

    private static void section(JdbcTemplate jdbc, String code, String neighbourhood, double x0, double x1,
                                int population) {
        jdbc.update("""
                INSERT INTO census_section (code, neighbourhood_id, geom, centroid, population, batch_id)
                SELECT ?, a.id, ST_Multi(ST_Transform(e.geom, 4326)), ST_Transform(ST_Centroid(e.geom), 4326), ?, 1
                FROM territorial_area a,
                     (SELECT ST_MakeEnvelope(514000 + ?, 5034000, 514000 + ?, 5035000, 32632) AS geom) e
                WHERE a.level = 'NEIGHBOURHOOD' AND a.code = ?""", code, population, x0, x1, neighbourhood);
    }

    private static void demand(JdbcTemplate jdbc, String target, String section, double value) {
        jdbc.update("""
                INSERT INTO demand (target_id, period, section_id, value, source, batch_id)
                SELECT t.id, '2021', s.id, ?, 'CENSUS', 1 FROM target t, census_section s WHERE t.code = ? AND s.code = ?""",
                value, target, section);
    }
}
