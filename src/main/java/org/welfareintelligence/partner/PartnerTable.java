package org.welfareintelligence.partner;

import java.util.ArrayList;
import java.util.List;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.web.Csv;

/**
 * A partner answer as a tidy table, one figure per row (part, code, name, measure, value): the CSV export and the
 * rows the tender zone report adds to its own table. Withheld counts are empty cells.
 */
public final class PartnerTable {

    public static final List<String> HEADER = List.of("part", "code", "name", "measure", "value");

    private PartnerTable() {
    }

    public static List<List<Object>> rows(PartnerAnswer answer) {
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerAnswer.Need n : answer.needs()) {
            rows.add(List.of("need", n.serviceType(), n.serviceName(), "target_people", n.people()));
            rows.add(List.of("need", n.serviceType(), n.serviceName(), "places_in_zone", n.places()));
            rows.add(List.of("need", n.serviceType(), n.serviceName(), "unmet_people", n.unmetPeople()));
        }
        for (PartnerAnswer.Organisation o : answer.organisations()) {
            for (PartnerAnswer.Offer offer : o.services()) {
                String what = o.code() + " " + offer.serviceType();
                rows.add(List.of("organisation", what, o.name() + ": " + offer.serviceName(), "facilities_in_zone",
                        offer.facilitiesInZone()));
                rows.add(List.of("organisation", what, o.name() + ": " + offer.serviceName(), "facilities_near",
                        offer.facilitiesNear()));
                rows.add(List.of("organisation", what, o.name() + ": " + offer.serviceName(), "places_in_reach",
                        offer.placesInReach()));
            }
        }
        for (PartnerAnswer.Partner p : answer.partners()) {
            rows.add(List.of("partner", p.code(), p.name(), "rank", p.rank()));
            rows.add(List.of("partner", p.code(), p.name(), "added_people", p.addedPeople()));
            for (PartnerAnswer.Gain g : p.why()) {
                rows.add(List.of("partner", p.code() + " " + g.serviceType(), p.name() + ": " + g.serviceName(),
                        "added_people", g.addedPeople()));
            }
        }
        rows.add(List.of("total", answer.zoneCode(), answer.zoneName(), "covered_people", answer.coveredPeople()));
        rows.add(List.of("total", answer.zoneCode(), answer.zoneName(), "unmet_people", answer.unmetPeople()));
        return rows;
    }

    static String csv(PartnerAnswer answer) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (List<Object> row : rows(answer)) {
            out.append(Csv.field((String) row.get(0))).append(',').append(Csv.field((String) row.get(1))).append(',')
                    .append(Csv.field((String) row.get(2))).append(',').append(row.get(3)).append(',')
                    .append(row.get(4) instanceof Count c ? c.toString() : Csv.number((Number) row.get(4))).append('\n');
        }
        return out.toString();
    }
}
