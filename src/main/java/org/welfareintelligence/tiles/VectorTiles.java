package org.welfareintelligence.tiles;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.database.DataVersion;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.territory.TerritorialDisclosure;

/** Mapbox Vector Tiles cut by PostGIS (ST_AsMVT) in web-mercator tile coordinates. */
@Service
public class VectorTiles {

    /** The layers a tile can carry, each with the SQL that selects its features inside the tile. */
    public enum Layer {
        SECTIONS("""
                SELECT ST_AsMVTGeom(ST_Transform(s.geom, 3857), b.env, 4096, 64, true) AS geom,
                       s.code, CASE WHEN s.id = ANY(CAST(:hiddenPopulation AS bigint[])) THEN NULL ELSE s.population END
                           AS population, n.code AS neighbourhood,
                       CASE WHEN s.id = ANY(CAST(:hiddenValues AS bigint[])) THEN NULL ELSE d.value END AS value
                FROM census_section s CROSS JOIN bounds b
                LEFT JOIN territorial_area n ON n.id = s.neighbourhood_id
                LEFT JOIN demand d ON d.section_id = s.id AND d.target_id = :target AND d.period = :period
                WHERE s.geom && b.env4326"""),
        FACILITIES("""
                WITH now AS MATERIALIZED (SELECT * FROM %s)
                SELECT ST_AsMVTGeom(ST_Transform(f.geom, 3857), b.env, 4096, 64, true) AS geom,
                       f.code, f.name, f.status, o.name AS organisation,
                       (SELECT string_agg(st.code, ',' ORDER BY st.code) FROM facility_service fs
                        JOIN service_type st ON st.id = fs.service_type_id WHERE fs.facility_id = f.id) AS services,
                       CASE WHEN :dated THEN (SELECT sum(now.places) FROM now WHERE now.facility_id = f.id)
                            ELSE (SELECT sum(fs.capacity_places) FROM facility_service fs WHERE fs.facility_id = f.id)
                       END AS capacity
                FROM facility f CROSS JOIN bounds b LEFT JOIN organisation o ON o.id = f.organisation_id
                WHERE f.geom && b.env4326
                  AND (CAST(:serviceType AS varchar) IS NULL OR EXISTS (SELECT 1 FROM facility_service fs
                       JOIN service_type st ON st.id = fs.service_type_id
                       WHERE fs.facility_id = f.id AND st.code = :serviceType))
                  AND (NOT :dated OR EXISTS (SELECT 1 FROM now JOIN service_type st ON st.id = now.service_type_id
                       WHERE now.facility_id = f.id
                         AND (CAST(:serviceType AS varchar) IS NULL OR st.code = :serviceType)))"""
                .formatted(SupplyInForce.TABLE)),
        MUNICIPI(areaSql("MUNICIPIO")),
        NEIGHBOURHOODS(areaSql("NEIGHBOURHOOD")),
        CENSUS_AREAS(areaSql("CENSUS_AREA"));

        private final String featuresSql;

        Layer(String featuresSql) {
            this.featuresSql = featuresSql;
        }

        private static String areaSql(String level) {
            return """
                    SELECT ST_AsMVTGeom(ST_Transform(a.geom, 3857), b.env, 4096, 64, true) AS geom,
                           a.code, a.name,
                           CASE WHEN a.id = ANY(CAST(:hiddenPopulation AS bigint[])) THEN NULL ELSE a.population END
                               AS population
                    FROM territorial_area a CROSS JOIN bounds b
                    WHERE a.level = '%s' AND a.geom && b.env4326""".formatted(level);
        }

        public static Layer parse(String name) {
            return Layer.valueOf(name.trim().toUpperCase().replace('-', '_'));
        }

        public String mvtName() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DemandQueries demand;
    private final TerritorialDisclosure disclosure;
    private final DisclosureControl control;
    private final DataVersion version;

    VectorTiles(NamedParameterJdbcTemplate jdbc, DemandQueries demand, TerritorialDisclosure disclosure,
                DisclosureControl control, DataVersion version) {
        this.jdbc = jdbc;
        this.demand = demand;
        this.disclosure = disclosure;
        this.control = control;
        this.version = version;
    }

    /** The tile's validator: it changes with the data, and with the reader's disclosure for layers with counts. */
    public String etag(Layer layer) {
        return version.etag(layer != Layer.FACILITIES && control.appliesToCurrentUser());
    }

    /**
     * What a tile shows: {@code target}'s demand in {@code period} (else the one in force in {@code year}, else the
     * newest) as the sections' {@code value}; facilities offering {@code serviceType}, and with {@code supplyOn}
     * only those in force then, with the places then (null = every facility and its capacity).
     */
    public record TileQuery(String target, String period, Integer year, String serviceType, LocalDate supplyOn) {
    }

    /**
     * One tile of one layer. Counts are drawn as the releases of the target's demand and of residents allow for
     * the current reader.
     */
    @Cacheable(cacheNames = AnswerCache.LAYERS, keyGenerator = AnswerCache.KEYS)
    public byte[] tile(Layer layer, int z, int x, int y, TileQuery query) {
        String target = query.target();
        Long targetId = null;
        String usedPeriod = null;
        String hiddenValues = "{}";
        if (target != null && !target.isBlank()) {
            targetId = demand.targetId(target);
            usedPeriod = demand.resolvePeriod(targetId, query.period(), query.year());
            hiddenValues = demand.release(targetId, usedPeriod).withheldSectionIds();
        }
        String hiddenPopulation = layer == Layer.FACILITIES ? "{}"
                : layer == Layer.SECTIONS ? disclosure.population().withheldSectionIds()
                : disclosure.population().withheldAreaIds();
        String sql = """
                WITH bounds AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env,
                                       ST_Transform(ST_TileEnvelope(:z, :x, :y, margin => 64.0 / 4096), 4326) AS env4326),
                     features AS (%s)
                SELECT ST_AsMVT(features.*, :layer, 4096, 'geom') FROM features""".formatted(layer.featuresSql);
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of("z", z, "x", x, "y", y))
                .addValue("layer", layer.mvtName())
                .addValue("target", targetId)
                .addValue("period", usedPeriod)
                .addValue("serviceType", query.serviceType())
                .addValue("dated", query.supplyOn() != null)
                .addValue(SupplyInForce.DATE_PARAMETER, query.supplyOn() == null ? LocalDate.now() : query.supplyOn())
                .addValue("hiddenValues", hiddenValues)
                .addValue("hiddenPopulation", hiddenPopulation);
        return jdbc.queryForObject(sql, params, byte[].class);
    }
}
