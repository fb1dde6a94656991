package org.welfareintelligence.tender;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.i18n.Language;
import org.welfareintelligence.partner.PartnerQuestion;
import org.welfareintelligence.partner.PartnerService;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.territory.AreaLevel;
import org.welfareintelligence.territory.TerritorialDisclosure;
import org.welfareintelligence.web.NotFoundException;
import org.welfareintelligence.territory.Zone;

/**
 * Gathers a zone's context. Every count comes from the releases of residents and of the targets' demand
 * (territory.TerritorialDisclosure): a published area takes the same figure as the demand API, a drawn
 * polygon the release's figure for its set of sections.
 */
@Service
class ZoneContextService {

    static final int MAX_TARGETS = 12;

    private final NamedParameterJdbcTemplate jdbc;
    private final DemandQueries demand;
    private final TerritorialDisclosure territorial;
    private final DisclosureControl disclosure;
    private final CityProperties city;
    private final PartnerService partners;

    ZoneContextService(NamedParameterJdbcTemplate jdbc, DemandQueries demand, TerritorialDisclosure territorial,
                       DisclosureControl disclosure, CityProperties city, PartnerService partners) {
        this.partners = partners;
        this.jdbc = jdbc;
        this.demand = demand;
        this.territorial = territorial;
        this.disclosure = disclosure;
        this.city = city;
    }

    ZoneContext context(Zone zone, List<String> targetCodes) {
        List<String> codes = targetCodes.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct().toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("targets is empty: name at least one target code");
        }
        if (codes.size() > MAX_TARGETS) {
            throw new IllegalArgumentException(codes.size() + " targets requested; at most " + MAX_TARGETS);
        }
        Count population = zoneFigure(zone, territorial.population());
        List<ZoneContext.TargetFigures> targets = new ArrayList<>();
        List<Long> targetIds = new ArrayList<>();
        for (String code : codes) {
            long targetId = demand.targetId(code);
            targetIds.add(targetId);
            targets.add(targetFigures(zone, code, targetId, population));
        }
        List<ZoneContext.ServiceFigures> services = services(zone, targetIds, targets);
        return new ZoneContext(zone.custom() ? "drawn area" : zone.level().name().toLowerCase().replace('_', ' '),
                zone.code(), zone.name(), zone.areaKm2(), zone.sectionIds().length, city.name(), population,
                targets, services, sources(), disclosure.appliesToCurrentUser(),
                disclosure.minCount(), Instant.now(), partners.activeOperators(zone), services.isEmpty() ? null
                        : partners.recommend(zone, PartnerQuestion.of(codes, services.stream()
                                .map(ZoneContext.ServiceFigures::code).toList(), null, null)));
    }

    private ZoneContext.TargetFigures targetFigures(Zone zone, String code, long targetId, Count population) {
        String name = jdbc.queryForObject(
                "SELECT CASE WHEN :english THEN name_en ELSE name_it END FROM target WHERE id = :id",
                Map.of("id", targetId, "english", english()), String.class);
        String latest = demand.resolvePeriod(targetId, null);
        if (latest.isEmpty()) {
            throw new NotFoundException("target " + code + " has no demand loaded");
        }
        List<ZoneContext.PeriodFigure> trend = new ArrayList<>();
        for (String period : jdbc.queryForList("SELECT DISTINCT period FROM demand WHERE target_id = :t ORDER BY period",
                Map.of("t", targetId), String.class)) {
            Count value = zoneFigure(zone, demand.release(targetId, period));
            Count first = trend.isEmpty() ? value : trend.get(0).value();
            Double index = value.isWithheld() || first.isWithheld() || first.orElse(0) <= 0 ? null
                    : 100 * value.orElse(0) / first.orElse(0);
            trend.add(new ZoneContext.PeriodFigure(period, value, value.per(population, 1000), index));
        }
        Count value = trend.get(trend.size() - 1).value();
        Double rate = value.per(population, 1000);
        TerritorialDisclosure.Release release = demand.release(targetId, latest);
        Double cityRate = cityRate(release);
        AreaLevel peerLevel = zone.peerLevel();
        double[] peerRates = demand.byArea(targetId, latest, peerLevel).stream()
                .filter(u -> zone.custom() || !u.code().equals(zone.code()))
                .map(u -> u.value().per(u.population(), 1000))
                .filter(r -> r != null).mapToDouble(Double::doubleValue).sorted().toArray();
        Integer rank = rate == null ? null : 1 + (int) Arrays.stream(peerRates).filter(r -> r > rate).count();
        return new ZoneContext.TargetFigures(code, name, trend, value, rate, cityRate,
                rate == null || cityRate == null || cityRate == 0 ? null : rate / cityRate,
                peerRates.length == 0 ? null : median(peerRates), rank, peerRates.length,
                peerLevel.name().toLowerCase().replace('_', ' '), demand.estimated(targetId, latest));
    }

    /** The zone's figure: the published area's cell, or for a drawn polygon the sum over its sections. */
    private static Count zoneFigure(Zone zone, TerritorialDisclosure.Release release) {
        return zone.custom() ? release.zone(zone.sectionIds()) : release.area(zone.level(), zone.code());
    }

    private Double cityRate(TerritorialDisclosure.Release release) {
        String cityCode = cityCode();
        return cityCode == null ? null
                : release.area(AreaLevel.CITY, cityCode).per(territorial.population().area(AreaLevel.CITY, cityCode), 1000);
    }

    private Count cityFigure(TerritorialDisclosure.Release release) {
        String cityCode = cityCode();
        return cityCode == null ? Count.zero() : release.area(AreaLevel.CITY, cityCode);
    }

    private String cityCode() {
        List<String> codes = jdbc.queryForList("SELECT code FROM territorial_area WHERE level = 'CITY' ORDER BY id",
                Map.of(), String.class);
        return codes.isEmpty() ? null : codes.get(0);
    }

    private List<ZoneContext.ServiceFigures> services(Zone zone, List<Long> targetIds,
                                                      List<ZoneContext.TargetFigures> targets) {
        MapSqlParameterSource params = new MapSqlParameterSource("targets", targetIds)
                .addValue("geometry", zone.geometry()).addValue("english", english());
        List<Map<String, Object>> rows = jdbc.queryForList("""
                WITH zone AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326) AS geom),
                     types AS (SELECT DISTINCT st.id, st.code,
                                      CASE WHEN :english THEN st.name_en ELSE st.name_it END AS name, st.delivery
                               FROM service_type st
                               JOIN service_type_target stt ON stt.service_type_id = st.id
                               WHERE stt.target_id IN (:targets))
                SELECT t.code, t.name, t.delivery,
                       count(DISTINCT f.id) FILTER (WHERE ST_Within(f.geom, z.geom)) AS facilities,
                       coalesce(sum(fs.places) FILTER (WHERE ST_Within(f.geom, z.geom)), 0) AS places,
                       coalesce(sum(fs.places), 0) AS city_places,
                       (SELECT array_agg(stt.target_id) FROM service_type_target stt
                        WHERE stt.service_type_id = t.id AND stt.target_id IN (:targets)) AS answers
                FROM types t CROSS JOIN zone z
                LEFT JOIN %s fs ON fs.service_type_id = t.id
                LEFT JOIN facility f ON f.id = fs.facility_id
                GROUP BY t.id, t.code, t.name, t.delivery
                ORDER BY places DESC, t.code""".formatted(SupplyInForce.TODAY), params);
        List<Count> cityFigures = new ArrayList<>();
        for (long targetId : targetIds) {
            cityFigures.add(cityFigure(demand.release(targetId, demand.resolvePeriod(targetId, null))));
        }
        List<ZoneContext.ServiceFigures> services = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Set<Long> answered = new HashSet<>();
            try {
                for (Object id : (Object[]) ((java.sql.Array) row.get("answers")).getArray()) {
                    answered.add(((Number) id).longValue());
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            Count people = Count.zero();
            Count cityPeople = Count.zero();
            for (int i = 0; i < targetIds.size(); i++) {
                if (answered.contains(targetIds.get(i))) {
                    people = people.plus(targets.get(i).value());
                    cityPeople = cityPeople.plus(cityFigures.get(i));
                }
            }
            long places = ((Number) row.get("places")).longValue();
            long cityPlaces = ((Number) row.get("city_places")).longValue();
            services.add(new ZoneContext.ServiceFigures((String) row.get("code"), (String) row.get("name"),
                    (String) row.get("delivery"), ((Number) row.get("facilities")).intValue(), places, people, people.per(places),
                    cityPeople.per(cityPlaces)));
        }
        return services;
    }

    private List<ZoneContext.DataSource> sources() {
        return jdbc.query("""
                SELECT kind, source, licence, period, synthetic, to_char(loaded_at, 'YYYY-MM-DD') AS loaded
                FROM import_batch ORDER BY loaded_at, id""", (rs, i) -> new ZoneContext.DataSource(
                rs.getString("kind"), rs.getString("source"), rs.getString("licence"), rs.getString("period"),
                rs.getBoolean("synthetic"), rs.getString("loaded")));
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Target and service names are given in the language of the request. */
    private static boolean english() {
        return Language.current() == Language.EN;
    }
}
