package org.welfareintelligence.analytics.load;

import static org.welfareintelligence.web.Languages.nameColumn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.welfareintelligence.analytics.cost.TravelCostModel;
import org.welfareintelligence.analytics.cost.TravelCosts;
import org.welfareintelligence.analytics.inputs.StudyInputs;
import org.welfareintelligence.analytics.inputs.StudySections;
import org.welfareintelligence.analytics.inputs.StudySupply;
import org.welfareintelligence.analytics.inputs.StudyTime;
import org.welfareintelligence.analytics.measure.Catchments;
import org.welfareintelligence.analytics.measure.CentreBalance;
import org.welfareintelligence.analytics.measure.SparseCosts;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/**
 * Centres of a service type larger or smaller than their demand: each section goes to its nearest centre within
 * the cutoff (the analytics catchments), the people of the served targets in a centre's catchment per place
 * against the city's people per place (docs/analytics.md, "Centre load and service mix").
 */
@Service
public class CentreLoadService {

    /** The status of a centre whose load ratio is above 1 + tolerance, below 1 − tolerance, or in between. */
    public enum Status { SMALLER_THAN_DEMAND, IN_LINE, LARGER_THAN_DEMAND, NO_PLACES }

    /** One centre: its places, the people of its catchment, people per place and that over the city's. */
    public record Centre(Integer rank, String facility, String name, double lon, double lat, double places,
                         Count people, Double peoplePerPlace, Double loadRatio, Status status) {
    }

    public record CentreLoadView(String serviceType, String serviceName, List<String> targets, List<String> targetNames,
                                 String unit, double cutoff, double tolerance, Count cityPeople, double cityPlaces,
                                 Double cityPeoplePerPlace, List<Centre> centres) {
    }

    /**
     * The inputs and catchments of one service type for some targets: demand per target and section, each
     * section's centre, and the city's people and places.
     */
    public record LoadAnalysis(StudySections sections, StudySupply supply, List<String> targets,
                               double[][] demandByTarget, double[] demand, Catchments catchments, String unit,
                               double cutoff, double cityPeople, double cityPlaces) {

        public double cityPeoplePerPlace() {
            return cityPlaces > 0 ? cityPeople / cityPlaces : Double.NaN;
        }

        /** Σ of the target's demand over centre {@code j}'s catchment. */
        public double inCatchment(int target, int j) {
            int[] assignment = catchments.assignment();
            double sum = 0;
            for (int i = 0; i < assignment.length; i++) {
                if (assignment[i] == j) {
                    sum += demandByTarget[target][i];
                }
            }
            return sum;
        }
    }

    public static final double DEFAULT_TOLERANCE = 0.1;

    private final NamedParameterJdbcTemplate jdbc;
    private final StudyInputs inputs;
    private final TravelCosts costs;
    private final DisclosureControl disclosure;

    CentreLoadService(NamedParameterJdbcTemplate jdbc, StudyInputs inputs, TravelCosts costs,
                      DisclosureControl disclosure) {
        this.jdbc = jdbc;
        this.inputs = inputs;
        this.costs = costs;
        this.disclosure = disclosure;
    }

    public CentreLoadView centreLoad(String serviceType, String targets, String period, double cutoff,
                                     double tolerance, String costModel) {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be at least 0 and below 1, got " + tolerance);
        }
        LoadAnalysis analysis = analyse(serviceType, targets, period, cutoff, costModel);
        StudySupply supply = analysis.supply();
        double norm = analysis.cityPeoplePerPlace();
        double[] served = analysis.catchments().demandServed();
        double[] ratio = CentreBalance.loadRatio(served, supply.capacity(), norm);
        List<Centre> centres = new ArrayList<>();
        int rank = 0;
        for (int j : CentreBalance.descending(ratio)) {
            Count people = disclosure.count(served[j]);
            boolean placed = supply.capacity()[j] > 0;
            Double shown = Double.isNaN(ratio[j]) ? null : disclosure.rate(ratio[j], people);
            Status status = !placed ? Status.NO_PLACES : shown == null ? null : shown > 1 + tolerance
                    ? Status.SMALLER_THAN_DEMAND : shown < 1 - tolerance ? Status.LARGER_THAN_DEMAND : Status.IN_LINE;
            centres.add(new Centre(placed ? ++rank : null, supply.code()[j], supply.name()[j], supply.lon()[j],
                    supply.lat()[j], supply.capacity()[j], people,
                    placed ? disclosure.rate(served[j] / supply.capacity()[j], people) : null, shown, status));
        }
        Count cityPeople = disclosure.count(analysis.cityPeople());
        return new CentreLoadView(supply.serviceType(), serviceName(supply.serviceType()), analysis.targets(),
                targetNames(analysis.targets()), analysis.unit(), cutoff, tolerance, cityPeople, analysis.cityPlaces(),
                Double.isNaN(norm) ? null : disclosure.rate(norm, cityPeople), centres);
    }

    /** Catchments of the service type's open centres over the summed demand of the targets (default: those it serves). */
    public LoadAnalysis analyse(String serviceType, String targets, String period, double cutoff, String costModel) {
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be a positive number, got " + cutoff);
        }
        // demand of the period asked for (else the latest) against today's supply
        StudyTime time = StudyTime.of(period, null, null);
        StudySupply supply = inputs.supply(serviceType, time);
        List<String> codes = targets == null || targets.isBlank() ? servedTargetsWithDemand(supply.serviceType())
                : Arrays.stream(targets.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                        .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("targets: service type " + supply.serviceType() + " serves no target "
                    + "with demand yet: import a census first, or name the targets");
        }
        StudySections sections = inputs.sections();
        double[][] byTarget = new double[codes.size()][];
        double[] demand = new double[sections.size()];
        for (int t = 0; t < codes.size(); t++) {
            byTarget[t] = inputs.demand(sections, codes.get(t), time);
            for (int i = 0; i < demand.length; i++) {
                demand[i] += byTarget[t][i];
            }
        }
        TravelCostModel model = costs.model(costModel);
        SparseCosts toCentres = model.sectionsToFacilities(sections, supply, cutoff);
        Catchments catchments = Catchments.allocate(toCentres, demand, supply.capacity(), new double[] {cutoff});
        double cityPeople = Arrays.stream(demand).sum();
        double cityPlaces = Arrays.stream(supply.capacity()).sum();
        return new LoadAnalysis(sections, supply, codes, byTarget, demand, catchments, model.unit(), cutoff,
                cityPeople, cityPlaces);
    }

    /**
     * The targets the service type serves ({@code service_type_target}) that have demand: it serves some no census
     * estimates, and those add nobody. Empty when there are none.
     */
    public List<String> servedTargetsWithDemand(String serviceType) {
        return jdbc.queryForList("""
                SELECT t.code FROM service_type_target stt JOIN target t ON t.id = stt.target_id
                JOIN service_type st ON st.id = stt.service_type_id
                WHERE st.code = :code ORDER BY t.sort_order, t.code""", Map.of("code", serviceType), String.class)
                .stream().filter(c -> !inputs.periods(inputs.targetId(c)).isEmpty()).toList();
    }

    public String serviceName(String serviceType) {
        return jdbc.queryForObject("SELECT " + nameColumn("st") + " FROM service_type st WHERE st.code = :code",
                Map.of("code", serviceType), String.class);
    }

    public List<String> targetNames(List<String> codes) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.query("SELECT t.code, " + nameColumn("t") + " AS name FROM target t WHERE t.code IN (:codes)",
                new MapSqlParameterSource("codes", codes), rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return codes.stream().map(c -> names.getOrDefault(c, c)).toList();
    }
}
