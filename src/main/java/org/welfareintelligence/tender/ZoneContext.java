package org.welfareintelligence.tender;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.welfareintelligence.partner.PartnerAnswer;
import org.welfareintelligence.partner.PartnerService;
import org.welfareintelligence.privacy.Count;

/**
 * Everything a zone context report shows. Counts of people are null where disclosure control withholds
 * them from the reader ({@code controlled}); supply figures are public information and always shown.
 * {@code operators} run open facilities in the zone; {@code partners} are those recommended for a networked
 * bid on the services answering the targets (null when no such service exists). A drawn zone holding
 * withheld sections shows perturbed figures ({@code perturbed}), marked as such wherever they are shown.
 */
record ZoneContext(String zoneKind, String zoneCode, String zoneName, double areaKm2, int sections,
                   String cityName, Count population, List<TargetFigures> targets, List<ServiceFigures> services,
                   List<DataSource> sources, boolean controlled, int minCount, Instant generatedAt,
                   List<PartnerService.Operator> operators, PartnerAnswer partners) {

    /** Whether any count of people in the report is perturbed rather than exact (see docs/privacy.md). */
    @JsonProperty("perturbed")
    public boolean isPerturbed() {
        return Stream.concat(Stream.of(population),
                        Stream.concat(targets.stream().flatMap(t -> t.trend().stream().map(PeriodFigure::value)),
                                services.stream().map(ServiceFigures::targetPeople)))
                .anyMatch(Count::isPerturbed);
    }

    /** Demand of one target in the zone, its trend and how the zone compares with the city and its peers. */
    record TargetFigures(String code, String name, List<PeriodFigure> trend, Count value, Double ratePer1000,
                         Double cityRatePer1000, Double locationQuotient, Double peerMedianRatePer1000,
                         Integer rankAmongPeers, int peers, String peerLevel, boolean estimated) {

        @JsonProperty("perturbed")
        public boolean isPerturbed() {
            return value.isPerturbed();
        }
    }

    /** {@code indexToFirst}: the value as a percentage of the first period's (100 = unchanged). */
    record PeriodFigure(String period, Count value, Double ratePer1000, Double indexToFirst) {
    }

    /**
     * A service type that answers at least one chosen target: where it is delivered (SITE, HOME, REMOTE or
     * MIXED), open facilities and places in the zone, and the people of the chosen targets per place there and
     * in the whole city.
     */
    record ServiceFigures(String code, String name, String delivery, int facilities, long places, Count targetPeople,
                          Double peoplePerPlace, Double cityPeoplePerPlace) {

        /** Whether people go to the service: a service brought home or given remotely needs no place nearby. */
        boolean deliveredOnSite() {
            return "SITE".equals(delivery) || "MIXED".equals(delivery);
        }
    }

    record DataSource(String kind, String source, String licence, String period, boolean synthetic,
                      String loadedAt) {
    }
}
