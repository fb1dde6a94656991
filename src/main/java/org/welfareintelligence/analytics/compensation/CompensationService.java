package org.welfareintelligence.analytics.compensation;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.load.CentreLoadService;
import org.welfareintelligence.analytics.measure.CentreBalance;
import org.welfareintelligence.analytics.measure.CompensationNeeds;
import org.welfareintelligence.analytics.mix.ServiceMixService;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.supply.SupplyInForce;
import org.welfareintelligence.territory.Site;
import org.welfareintelligence.territory.ZoneResolver;

/**
 * Compensation works for a development site: its catchment is the census sections whose analysis point lies within
 * the radius of the site (straight line, metric CRS; 0 inside a polygon), and for each service the people of the
 * targets it serves there (as {@code analytics.load}, every target it serves that has demand) are set against the
 * places of its open centres within the same radius and the city's people per place ({@link CentreBalance}); the
 * ranking and the fundable places are {@link CompensationNeeds}.
 */
@Service
class CompensationService {

    private static final GeometryFactory POINTS = new GeometryFactory();

    private record Assessed(String code, List<String> targets, double people, double[] peopleByTarget,
                            int facilities, double places, double cityPeople, double cityPlaces, double staffPerPlace,
                            String staffBasis) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneResolver zones;
    private final StudyInputs inputs;
    private final CentreLoadService loads;
    private final DisclosureControl disclosure;

    CompensationService(NamedParameterJdbcTemplate jdbc, ZoneResolver zones, StudyInputs inputs,
                        CentreLoadService loads, DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.inputs = inputs;
        this.loads = loads;
        this.disclosure = disclosure;
    }

    CompensationReport report(CompensationQuestion question) {
        Site site = zones.site("site", question.siteGeoJson());
        Geometry shape = metric(site);
        double radius = question.radiusMetres();
        StudySections sections = inputs.sections();
        boolean[] inCatchment = new boolean[sections.size()];
        int catchmentSections = 0;
        double residents = 0;
        for (int i = 0; i < sections.size(); i++) {
            inCatchment[i] = within(shape, sections.x()[i], sections.y()[i], radius);
            if (inCatchment[i]) {
                catchmentSections++;
                residents += sections.population()[i];
            }
        }
        if (catchmentSections == 0) {
            throw new IllegalArgumentException("site: no census section lies within " + (long) radius
                    + " m of it; is it in the city, and is the radius wide enough?");
        }
        StudyTime time = StudyTime.of(question.period(), null, null);
        Map<String, String> categories = categories(question.serviceTypes());
        java.util.Set<String> offered = offeredServiceTypes(time);
        Map<String, double[]> demandByTarget = new HashMap<>();
        List<Assessed> assessed = new ArrayList<>();
        boolean everyType = question.serviceTypes().isEmpty();
        for (Map.Entry<String, String> type : categories.entrySet()) {
            String code = type.getKey();
            if (everyType && !offered.contains(code)) {
                continue; // no place in the city: no norm to measure against
            }
            List<String> targets = loads.servedTargetsWithDemand(code);
            if (targets.isEmpty()) {
                if (everyType) {
                    continue;
                }
                throw new IllegalArgumentException("serviceTypes: service type " + code
                        + " serves no target with demand yet");
            }
            StudySupply supply = offered.contains(code) ? inputs.supply(code, time) : null;
            assessed.add(assess(code, type.getValue(), targets, supply, sections, inCatchment, shape, radius, time,
                    demandByTarget));
        }
        return view(question, site, catchmentSections, residents, time, assessed);
    }

    private Assessed assess(String code, String category, List<String> targets, StudySupply supply,
                            StudySections sections, boolean[] inCatchment, Geometry shape, double radius,
                            StudyTime time, Map<String, double[]> demandByTarget) {
        double[] peopleByTarget = new double[targets.size()];
        double people = 0;
        double cityPeople = 0;
        for (int t = 0; t < targets.size(); t++) {
            double[] demand = demandByTarget.computeIfAbsent(targets.get(t), c -> inputs.demand(sections, c, time));
            for (int i = 0; i < demand.length; i++) {
                cityPeople += demand[i];
                if (inCatchment[i]) {
                    peopleByTarget[t] += demand[i];
                }
            }
            people += peopleByTarget[t];
        }
        int facilities = 0;
        double places = 0;
        double cityPlaces = 0;
        if (supply != null) {
            for (int j = 0; j < supply.size(); j++) {
                cityPlaces += supply.capacity()[j];
                if (within(shape, supply.x()[j], supply.y()[j], radius)) {
                    facilities++;
                    places += supply.capacity()[j];
                }
            }
        }
        // the city's own staff per place for the service, where its facilities report staff and places
        double cityStaff = supply == null ? Double.NaN : supply.staffPerPlace();
        boolean own = !Double.isNaN(cityStaff);
        double staffPerPlace = own ? cityStaff
                : ServiceMixService.DEFAULT_STAFF_PER_PLACE.getOrDefault(category, Double.NaN);
        return new Assessed(code, targets, people, peopleByTarget, facilities, places, cityPeople, cityPlaces,
                staffPerPlace, own ? "city" : "category default");
    }

    private CompensationReport view(CompensationQuestion question, Site site, int catchmentSections, double residents,
                                    StudyTime time, List<Assessed> assessed) {
        int n = assessed.size();
        double[] people = new double[n];
        double[] places = new double[n];
        double[] norm = new double[n];
        double[] staffPerPlace = new double[n];
        for (int s = 0; s < n; s++) {
            Assessed a = assessed.get(s);
            people[s] = a.people();
            places[s] = a.places();
            norm[s] = a.cityPlaces() > 0 ? a.cityPeople() / a.cityPlaces() : Double.NaN;
            staffPerPlace[s] = a.staffPerPlace();
        }
        CompensationNeeds.Result needs = CompensationNeeds.rank(people, places, norm, staffPerPlace);
        List<CompensationReport.ServiceNeed> services = new ArrayList<>();
        int fundablePlaces = 0;
        double fundableStaff = 0;
        boolean staffKnown = false;
        for (int s : needs.order()) {
            Assessed a = assessed.get(s);
            Count shown = disclosure.count(people[s]);
            List<String> names = loads.targetNames(a.targets());
            List<CompensationReport.TargetPeople> byTarget = new ArrayList<>();
            for (int t = 0; t < a.targets().size(); t++) {
                byTarget.add(new CompensationReport.TargetPeople(a.targets().get(t), names.get(t),
                        disclosure.count(a.peopleByTarget()[t])));
            }
            // most people first: the report names the targets that weigh most
            byTarget.sort(java.util.Comparator.comparing((CompensationReport.TargetPeople t) -> t.people().orElse(-1))
                    .reversed());
            boolean measured = !Double.isNaN(needs.missing()[s]) && !shown.isWithheld();
            Integer fundable = measured ? needs.fundablePlaces()[s] : null;
            Double staff = measured && !Double.isNaN(needs.fundableStaff()[s]) ? needs.fundableStaff()[s] : null;
            if (fundable != null) {
                fundablePlaces += fundable;
            }
            if (staff != null) {
                fundableStaff += staff;
                staffKnown = true;
            }
            services.add(new CompensationReport.ServiceNeed(services.size() + 1, a.code(), loads.serviceName(a.code()),
                    byTarget, shown, a.facilities(), a.places(),
                    Double.isNaN(norm[s]) ? null : disclosure.rate(norm[s], disclosure.count(a.cityPeople())),
                    measured ? needs.expected()[s] : null, measured ? needs.missing()[s] : null,
                    measured && !Double.isNaN(needs.missingShare()[s]) ? needs.missingShare()[s] : null, fundable,
                    Double.isNaN(a.staffPerPlace()) ? null : a.staffPerPlace(), a.staffBasis(), staff));
        }
        return new CompensationReport(question.siteName(), site.type(), site.geometry(), site.lon(), site.lat(),
                question.radiusMetres(), catchmentSections, disclosure.count(residents), time.supplyOn(), services,
                fundablePlaces, staffKnown ? fundableStaff : null, disclosure.appliesToCurrentUser(),
                disclosure.minCount(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** Service type → category, in code order: the ones asked for (each must exist), else every one. */
    private Map<String, String> categories(List<String> asked) {
        Map<String, String> categories = new LinkedHashMap<>();
        jdbc.query("SELECT code, category_code FROM service_type" + (asked.isEmpty() ? "" : " WHERE code IN (:codes)")
                        + " ORDER BY code", new MapSqlParameterSource("codes", asked),
                rs -> {
                    categories.put(rs.getString(1), rs.getString(2));
                });
        for (String code : asked) {
            if (!categories.containsKey(code)) {
                throw new IllegalArgumentException("serviceTypes: unknown service type '" + code
                        + "' (see /api/service-types)");
            }
        }
        return categories;
    }

    private java.util.Set<String> offeredServiceTypes(StudyTime time) {
        return java.util.Set.copyOf(jdbc.queryForList("SELECT DISTINCT st.code FROM " + SupplyInForce.TABLE
                        + " fs JOIN service_type st ON st.id = fs.service_type_id",
                new MapSqlParameterSource(SupplyInForce.DATE_PARAMETER, time.supplyOn()), String.class));
    }

    private static Geometry metric(Site site) {
        try {
            return new WKTReader().read(site.metricWkt());
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS wrote WKT that cannot be read back", e);
        }
    }

    /** Straight-line distance in the metric CRS from the site (0 inside a polygon) within the radius. */
    private static boolean within(Geometry site, double x, double y, double radius) {
        return site.isWithinDistance(POINTS.createPoint(new Coordinate(x, y)), radius);
    }
}
