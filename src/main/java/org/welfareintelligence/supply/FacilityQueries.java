package org.welfareintelligence.supply;

import java.time.LocalDate;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.geo.BoundingBox;
import org.welfareintelligence.privacy.AnswerCache;
import org.welfareintelligence.i18n.Language;

/**
 * Facilities with their services as GeoJSON, filtered by service type, operator, status and area. Each facility and
 * service says whether it is in force on the date (today by default) and with how many places, and each service
 * carries its timeline of changes; with a date, only the facilities in force then are listed.
 */
@Service
public class FacilityQueries {

    /** Optional filters; null fields do not filter. */
    public record Filter(String serviceType, String organisation, String status, BoundingBox bbox, String code,
                         LocalDate date) {

        public Filter(String serviceType, String organisation, String status, BoundingBox bbox, String code) {
            this(serviceType, organisation, status, bbox, code, null);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    FacilityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = AnswerCache.LAYERS, keyGenerator = AnswerCache.KEYS)
    public String geoJson(Filter filter) {
        String sql = """
                WITH now AS (SELECT * FROM %s)
                SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                  json_build_object('type', 'Feature', 'id', f.code,
                    'geometry', ST_AsGeoJSON(f.geom, 6)::json,
                    'properties', json_build_object('code', f.code, 'name', f.name, 'address', f.address,
                        'status', f.status, 'openedOn', f.opened_on, 'closedOn', f.closed_on,
                        'inForce', EXISTS (SELECT 1 FROM now WHERE now.facility_id = f.id),
                        'organisation', o.code, 'organisationName', o.name, 'organisationType', o.type,
                        'services', (SELECT coalesce(json_agg(json_build_object('serviceType', st.code,
                                            'name', CASE WHEN :english THEN st.name_en ELSE st.name_it END, 'capacityPlaces', fs.capacity_places,
                                            'staffFte', fs.staff_fte, 'inForce', now.facility_service_id IS NOT NULL,
                                            'placesInForce', now.places,
                                            'history', (SELECT coalesce(json_agg(json_build_object(
                                                    'effectiveOn', c.effective_on, 'places', c.places, 'open', c.open)
                                                    ORDER BY c.effective_on), '[]'::json)
                                                FROM facility_service_change c WHERE c.facility_id = fs.facility_id
                                                  AND c.service_type_id = fs.service_type_id)) ORDER BY st.code), '[]'::json)
                                     FROM facility_service fs JOIN service_type st ON st.id = fs.service_type_id
                                     LEFT JOIN now ON now.facility_service_id = fs.id
                                     WHERE fs.facility_id = f.id)))
                  ORDER BY f.code), '[]'::json))::text
                FROM facility f LEFT JOIN organisation o ON o.id = f.organisation_id
                WHERE (CAST(:code AS varchar) IS NULL OR f.code = :code)
                  AND (CAST(:organisation AS varchar) IS NULL OR o.code = :organisation)
                  AND (CAST(:status AS varchar) IS NULL OR f.status = :status)
                  AND (CAST(:serviceType AS varchar) IS NULL OR EXISTS (
                        SELECT 1 FROM facility_service fs JOIN service_type st ON st.id = fs.service_type_id
                        WHERE fs.facility_id = f.id AND st.code = :serviceType))
                  AND (NOT :dated OR EXISTS (SELECT 1 FROM now JOIN service_type st ON st.id = now.service_type_id
                        WHERE now.facility_id = f.id AND (CAST(:serviceType AS varchar) IS NULL OR st.code = :serviceType)))
                  AND (CAST(:minLon AS float8) IS NULL OR f.geom && ST_MakeEnvelope(CAST(:minLon AS float8),
                        CAST(:minLat AS float8), CAST(:maxLon AS float8), CAST(:maxLat AS float8), 4326))
                """.formatted(SupplyInForce.TABLE);
        BoundingBox bbox = filter.bbox();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("code", filter.code())
                .addValue("dated", filter.date() != null)
                .addValue(SupplyInForce.DATE_PARAMETER, filter.date() == null ? LocalDate.now() : filter.date())
                .addValue("organisation", filter.organisation())
                .addValue("status", filter.status())
                .addValue("serviceType", filter.serviceType())
                .addValue("minLon", bbox == null ? null : bbox.minLon())
                .addValue("minLat", bbox == null ? null : bbox.minLat())
                .addValue("maxLon", bbox == null ? null : bbox.maxLon())
                .addValue("maxLat", bbox == null ? null : bbox.maxLat())
                .addValue("english", Language.current() == Language.EN);
        return jdbc.queryForObject(sql, params, String.class);
    }

    public boolean exists(String code) {
        List<Integer> found = jdbc.queryForList("SELECT 1 FROM facility WHERE code = :code",
                new MapSqlParameterSource("code", code), Integer.class);
        return !found.isEmpty();
    }
}
