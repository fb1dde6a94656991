package org.welfareintelligence.analytics.mix;

import static org.welfareintelligence.web.Languages.nameColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.load.CentreLoadService;
import org.welfareintelligence.analytics.measure.CentreBalance;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;
import org.welfareintelligence.web.NotFoundException;

/**
 * Which services to increase or decrease at a centre: for each service it offers, its catchment among the open
 * centres of that service (the centre-load catchments), the people of the targets the service serves there by
 * target, and the places the city norm would give them against the places it has, with the staff that change
 * needs (docs/analytics.md, "Centre load and service mix").
 */
@Service
public class ServiceMixService {

    /**
     * Staff (full-time equivalents) per place by service category, used when a facility does not report both its
     * staff and its places for a service: the synthetic sample city's category averages, rounded.
     */
    public static final Map<String, Double> DEFAULT_STAFF_PER_PLACE = Map.of("SOCIAL_CARE", 0.4, "HEALTH_CARE", 0.05,
            "EDUCATION", 0.13, "PSYCHOLOGICAL", 0.06, "HOUSING", 0.05, "EVERYDAY_SUPPORT", 0.03, "EMPLOYMENT", 0.03,
            "INTEGRATION", 0.04, "INFORMATION", 0.02);

    public enum Advice { INCREASE, KEEP, DECREASE, NO_PLACES }

    public record TargetPeople(String target, String name, Count people) {
    }

    /** One service of the centre, ranked by its change in places (largest increase first). */
    public record ServiceAdvice(int rank, String serviceType, String serviceName, double places, Count people,
                                List<TargetPeople> byTarget, Double cityPeoplePerPlace, Double expectedPlaces,
                                Double placeChange, Double staffPerPlace, String staffBasis, Double staffChange,
                                Double loadRatio, Advice advice) {
    }

    public record ServiceMixView(String facility, String name, String unit, double cutoff, double tolerance,
                                 List<ServiceAdvice> services) {
    }

    private record Offered(String code, String category, double places, Double staff) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final CentreLoadService loads;
    private final DisclosureControl disclosure;

    ServiceMixService(NamedParameterJdbcTemplate jdbc, CentreLoadService loads, DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.disclosure = disclosure;
    }

    public ServiceMixView serviceMix(String facility, String period, double cutoff, double tolerance, String costs) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be at least 0 and below 1, got " + tolerance);
        }
        List<Map<String, Object>> found = jdbc.queryForList("SELECT name, status FROM facility WHERE code = :code",
                Map.of("code", facility));
        if (found.isEmpty()) {
            throw new NotFoundException("no facility with code " + facility);
        }
        if (!"OPEN".equals(found.get(0).get("status"))) {
            throw new IllegalArgumentException("facility " + facility + " is " + found.get(0).get("status")
                    + ": only open centres have a catchment");
        }
        List<Offered> offered = jdbc.query("""
                SELECT st.code, st.category_code, coalesce(fs.capacity_places, 0) AS places, fs.staff_fte
                FROM facility f JOIN facility_service fs ON fs.facility_id = f.id
                JOIN service_type st ON st.id = fs.service_type_id WHERE f.code = :code ORDER BY st.code""",
                Map.of("code", facility), (rs, i) -> new Offered(rs.getString(1), rs.getString(2), rs.getDouble(3),
                        rs.getObject(4) == null ? null : rs.getDouble(4)));
        List<ServiceAdvice> unranked = new ArrayList<>();
        String unit = null;
        for (Offered service : offered) {
            CentreLoadService.LoadAnalysis analysis = loads.analyse(service.code(), null, period, cutoff, costs);
            unit = analysis.unit();
            unranked.add(advise(service, analysis, java.util.Arrays.asList(analysis.supply().code()).indexOf(facility),
                    tolerance));
        }
        double[] change = unranked.stream().mapToDouble(a -> a.placeChange() == null ? Double.NaN : a.placeChange())
                .toArray();
        List<ServiceAdvice> ranked = new ArrayList<>();
        for (int s : CentreBalance.descending(change)) {
            ServiceAdvice a = unranked.get(s);
            ranked.add(new ServiceAdvice(ranked.size() + 1, a.serviceType(), a.serviceName(), a.places(), a.people(),
                    a.byTarget(), a.cityPeoplePerPlace(), a.expectedPlaces(), a.placeChange(), a.staffPerPlace(),
                    a.staffBasis(), a.staffChange(), a.loadRatio(), a.advice()));
        }
        return new ServiceMixView(facility, (String) found.get(0).get("name"), unit, cutoff, tolerance, ranked);
    }

    private ServiceAdvice advise(Offered service, CentreLoadService.LoadAnalysis analysis, int j, double tolerance) {
        List<TargetPeople> byTarget = new ArrayList<>();
        List<String> names = loads.targetNames(analysis.targets());
        for (int t = 0; t < analysis.targets().size(); t++) {
            double people = analysis.inCatchment(t, j);
            if (people > 0) {
                byTarget.add(new TargetPeople(analysis.targets().get(t), names.get(t), disclosure.count(people)));
            }
        }
        double served = analysis.catchments().demandServed()[j];
        Count people = disclosure.count(served);
        double norm = analysis.cityPeoplePerPlace();
        Count cityPeople = disclosure.count(analysis.cityPeople());
        boolean own = service.staff() != null && service.places() > 0;
        double staffPerPlace = own ? service.staff() / service.places()
                : DEFAULT_STAFF_PER_PLACE.getOrDefault(service.category(), Double.NaN);
        double change = CentreBalance.placeChange(served, service.places(), norm);
        Double shownChange = Double.isNaN(change) ? null : disclosure.rate(change, people);
        Double ratio = service.places() > 0 && !Double.isNaN(change)
                ? disclosure.rate(CentreBalance.loadRatio(new double[] {served}, new double[] {service.places()}, norm)[0],
                        people) : null;
        Advice advice = service.places() <= 0 ? Advice.NO_PLACES : ratio == null ? null
                : ratio > 1 + tolerance ? Advice.INCREASE : ratio < 1 - tolerance ? Advice.DECREASE : Advice.KEEP;
        return new ServiceAdvice(0, service.code(), loads.serviceName(service.code()), service.places(), people,
                byTarget, Double.isNaN(norm) ? null : disclosure.rate(norm, cityPeople),
                Double.isNaN(norm) ? null : disclosure.rate(served / norm, people), shownChange,
                Double.isNaN(staffPerPlace) ? null : staffPerPlace, own ? "facility" : "category default",
                shownChange == null || Double.isNaN(staffPerPlace) ? null : shownChange * staffPerPlace, ratio, advice);
    }
}
