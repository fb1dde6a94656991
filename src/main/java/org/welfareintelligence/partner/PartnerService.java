package org.welfareintelligence.partner;

import static org.welfareintelligence.web.Languages.nameColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.demand.DemandQueries;
import org.welfareintelligence.geo.CityProperties;
import org.welfareintelligence.partner.core.PartnerCoverage;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.territory.TerritorialDisclosure;
import org.welfareintelligence.territory.Zone;

/**
 * Builds a partner question from the database and answers it. The need of a service in the zone is the sum of
 * the demand of the chosen targets it serves (service_type_target) over the zone's sections, minus the places of
 * the open facilities offering it inside the zone. An organisation's reach in a service is the places of its
 * open facilities offering it inside the zone or within the radius of its boundary: the capacity it shows it can
 * run there. The demand enters as the release's analysis values, so for readers below the planner role every
 * figure derives from published ones and passes {@link DisclosureControl#count}.
 */
@Service
public class PartnerService {

    /** An operator with open facilities inside the zone, what they offer and their places. */
    public record Operator(String code, String name, String type, int facilities, long places,
                           List<String> serviceNames) {
    }

    private record ServiceRow(long id, String code, String name, List<Long> targetIds, List<String> targetNames) {
    }

    private record Facility(String organisation, String organisationName, String type, String service,
                            String facilityName, boolean inside, long places) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final DemandQueries demand;
    private final DisclosureControl disclosure;
    private final CityProperties city;

    PartnerService(NamedParameterJdbcTemplate jdbc, DemandQueries demand, DisclosureControl disclosure,
                   CityProperties city) {
        this.jdbc = jdbc;
        this.demand = demand;
        this.disclosure = disclosure;
        this.city = city;
    }

    public PartnerAnswer recommend(Zone zone, PartnerQuestion question) {
        List<Long> targetIds = question.targets().stream().map(demand::targetId).toList();
        List<ServiceRow> services = services(question.serviceTypes(), targetIds);
        double[] unmet = new double[services.size()];
        List<PartnerAnswer.Need> needs = new ArrayList<>();
        Map<Long, double[]> analysisDemand = new LinkedHashMap<>();
        for (long targetId : targetIds) {
            analysisDemand.put(targetId, new double[] {zoneAnalysisValue(zone, targetId)});
        }
        Map<String, Long> placesInZone = placesInZone(zone, question.serviceTypes());
        for (int s = 0; s < services.size(); s++) {
            ServiceRow service = services.get(s);
            double people = 0;
            for (long targetId : service.targetIds()) {
                people += analysisDemand.get(targetId)[0];
            }
            long places = placesInZone.getOrDefault(service.code(), 0L);
            unmet[s] = Math.max(0, people - places);
            needs.add(new PartnerAnswer.Need(service.code(), service.name(), service.targetNames(),
                    disclosure.count(people), places, disclosure.count(unmet[s])));
        }
        List<PartnerAnswer.Organisation> organisations = organisations(zone, question, services);
        double[][] reach = new double[organisations.size()][services.size()];
        for (int o = 0; o < organisations.size(); o++) {
            for (PartnerAnswer.Offer offer : organisations.get(o).services()) {
                reach[o][indexOf(services, offer.serviceType())] = offer.placesInReach();
            }
        }
        PartnerCoverage.Choice choice = PartnerCoverage.choose(unmet, reach, question.k());
        List<PartnerAnswer.Partner> partners = new ArrayList<>();
        double covered = 0;
        for (int step = 0; step < choice.chosen().length; step++) {
            PartnerAnswer.Organisation organisation = organisations.get(choice.chosen()[step]);
            List<PartnerAnswer.Gain> why = new ArrayList<>();
            for (int s = 0; s < services.size(); s++) {
                if (choice.added()[step][s] > 0) {
                    why.add(new PartnerAnswer.Gain(services.get(s).code(), services.get(s).name(),
                            disclosure.count(choice.added()[step][s])));
                }
            }
            covered += choice.addedTotal(step);
            partners.add(new PartnerAnswer.Partner(step + 1, organisation.code(), organisation.name(),
                    disclosure.count(choice.addedTotal(step)), why));
        }
        double totalUnmet = java.util.Arrays.stream(unmet).sum();
        Count unmetPeople = disclosure.count(totalUnmet);
        return new PartnerAnswer(zone.name(), zone.code(), question.k(), question.radiusMetres(), needs, organisations,
                partners, disclosure.count(covered), unmetPeople,
                totalUnmet > 0 ? disclosure.rate(covered / totalUnmet, unmetPeople) : null);
    }

    /** The organisations running open facilities inside the zone, largest by places first. */
    public List<Operator> activeOperators(Zone zone) {
        return jdbc.query("""
                WITH zone AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326) AS geom)
                SELECT o.code, o.name, o.type, count(DISTINCT f.id) AS facilities,
                       coalesce(sum(fs.capacity_places), 0) AS places,
                       array_remove(array_agg(DISTINCT %s), NULL) AS services
                FROM facility f JOIN organisation o ON o.id = f.organisation_id CROSS JOIN zone z
                LEFT JOIN facility_service fs ON fs.facility_id = f.id
                LEFT JOIN service_type st ON st.id = fs.service_type_id
                WHERE f.status = 'OPEN' AND ST_Within(f.geom, z.geom)
                GROUP BY o.code, o.name, o.type ORDER BY places DESC, o.code""".formatted(nameColumn("st")),
                new MapSqlParameterSource("geometry", zone.geometry()),
                (rs, i) -> new Operator(rs.getString("code"), rs.getString("name"), rs.getString("type"),
                        rs.getInt("facilities"), rs.getLong("places"), strings(rs.getArray("services"))));
    }

    private double zoneAnalysisValue(Zone zone, long targetId) {
        TerritorialDisclosure.Release release = demand.release(targetId, demand.resolvePeriod(targetId, null));
        double sum = 0;
        for (long sectionId : zone.sectionIds()) {
            sum += release.analysisValue(sectionId);
        }
        return sum;
    }

    private List<ServiceRow> services(List<String> codes, List<Long> targetIds) {
        List<ServiceRow> rows = jdbc.query("""
                SELECT st.id, st.code, %s AS name,
                       array_remove(array_agg(t.id ORDER BY t.sort_order, t.id), NULL) AS target_ids,
                       array_remove(array_agg(%s ORDER BY t.sort_order, t.id), NULL) AS target_names
                FROM service_type st
                LEFT JOIN service_type_target stt ON stt.service_type_id = st.id AND stt.target_id IN (:targets)
                LEFT JOIN target t ON t.id = stt.target_id
                WHERE st.code IN (:codes) GROUP BY st.id ORDER BY st.code"""
                        .formatted(nameColumn("st"), nameColumn("t")),
                new MapSqlParameterSource("codes", codes).addValue("targets", targetIds),
                (rs, i) -> new ServiceRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        List.of((Long[]) rs.getArray("target_ids").getArray()), strings(rs.getArray("target_names"))));
        for (String code : codes) {
            if (rows.stream().noneMatch(r -> r.code().equals(code))) {
                throw new IllegalArgumentException("serviceTypes: no service type with code " + code
                        + " (see /api/service-types)");
            }
        }
        return rows;
    }

    private Map<String, Long> placesInZone(Zone zone, List<String> codes) {
        Map<String, Long> places = new LinkedHashMap<>();
        jdbc.query("""
                WITH zone AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326) AS geom)
                SELECT st.code, coalesce(sum(fs.capacity_places), 0) AS places
                FROM facility_service fs JOIN facility f ON f.id = fs.facility_id
                JOIN service_type st ON st.id = fs.service_type_id CROSS JOIN zone z
                WHERE f.status = 'OPEN' AND st.code IN (:codes) AND ST_Within(f.geom, z.geom)
                GROUP BY st.code""", new MapSqlParameterSource("geometry", zone.geometry()).addValue("codes", codes),
                rs -> {
                    places.put(rs.getString("code"), rs.getLong("places"));
                });
        return places;
    }

    /** Organisations with open facilities offering a needed service inside the zone or within the radius. */
    private List<PartnerAnswer.Organisation> organisations(Zone zone, PartnerQuestion question,
                                                           List<ServiceRow> services) {
        List<Facility> facilities = jdbc.query("""
                WITH zone AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326) AS geom),
                     metric AS (SELECT geom, ST_Transform(geom, :srid) AS m FROM zone)
                SELECT o.code, o.name, o.type, st.code AS service, f.name AS facility,
                       ST_Within(f.geom, z.geom) AS inside, coalesce(fs.capacity_places, 0) AS places
                FROM facility f JOIN organisation o ON o.id = f.organisation_id
                JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id CROSS JOIN metric z
                WHERE f.status = 'OPEN' AND st.code IN (:codes)
                  AND ST_DWithin(ST_Transform(f.geom, :srid), z.m, :radius)
                ORDER BY o.code, st.code, f.name, f.code""",
                new MapSqlParameterSource("geometry", zone.geometry()).addValue("srid", city.metricSrid())
                        .addValue("codes", question.serviceTypes()).addValue("radius", question.radiusMetres()),
                (rs, i) -> new Facility(rs.getString("code"), rs.getString("name"), rs.getString("type"),
                        rs.getString("service"), rs.getString("facility"), rs.getBoolean("inside"),
                        rs.getLong("places")));
        Map<String, List<Facility>> byOrganisation = new LinkedHashMap<>();
        facilities.forEach(f -> byOrganisation.computeIfAbsent(f.organisation(), o -> new ArrayList<>()).add(f));
        List<PartnerAnswer.Organisation> organisations = new ArrayList<>();
        byOrganisation.forEach((code, own) -> {
            List<PartnerAnswer.Offer> offers = new ArrayList<>();
            for (ServiceRow service : services) {
                List<Facility> running = own.stream().filter(f -> f.service().equals(service.code())).toList();
                if (!running.isEmpty()) {
                    int inside = (int) running.stream().filter(Facility::inside).count();
                    offers.add(new PartnerAnswer.Offer(service.code(), service.name(), inside, running.size() - inside,
                            running.stream().mapToLong(Facility::places).sum(),
                            running.stream().map(Facility::facilityName).toList()));
                }
            }
            organisations.add(new PartnerAnswer.Organisation(code, own.get(0).organisationName(), own.get(0).type(),
                    offers));
        });
        return organisations;
    }

    private static int indexOf(List<ServiceRow> services, String code) {
        for (int s = 0; s < services.size(); s++) {
            if (services.get(s).code().equals(code)) {
                return s;
            }
        }
        throw new IllegalStateException("service " + code + " was not asked for");
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return List.of((String[]) array.getArray());
    }
}
