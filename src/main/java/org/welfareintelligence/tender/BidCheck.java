package org.welfareintelligence.tender;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a bid's zone and target groups match measured need. For each target: where the zone's rate per
 * 1,000 residents stands among its peers (the percentile: the share of peers with a lower rate), its location
 * quotient, and whether the services that answer it are under more pressure than in the city. The score is
 * the mean percentile over the targets that can be assessed; every part is shown so the verdict explains
 * itself.
 */
record BidCheck(String zone, Double score, String verdict, List<TargetMatch> targets, List<String> reasons) {

    /** Services whose people per place exceed the city's by more than this factor are called under pressure. */
    static final double PRESSURE_FACTOR = 1.2;

    record TargetMatch(String code, String name, Double percentile, Double locationQuotient, String assessment) {
    }

    static BidCheck of(ZoneContext context) {
        List<TargetMatch> matches = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        double sum = 0;
        int assessed = 0;
        for (ZoneContext.TargetFigures t : context.targets()) {
            if (t.rankAmongPeers() == null || t.peers() == 0) {
                matches.add(new TargetMatch(t.code(), t.name(), null, null,
                        "cannot be assessed: the zone's count is withheld for privacy or it has no residents"));
                continue;
            }
            double percentile = 100.0 * (t.peers() - (t.rankAmongPeers() - 1)) / t.peers();
            sum += percentile;
            assessed++;
            matches.add(new TargetMatch(t.code(), t.name(), percentile, t.locationQuotient(),
                    "rate %.1f per 1,000 residents: higher than %.0f%% of the %d peer %ss (city %.1f)".formatted(
                            t.ratePer1000(), percentile, t.peers(), t.peerLevel(),
                            t.cityRatePer1000() == null ? Double.NaN : t.cityRatePer1000())));
        }
        for (ZoneContext.ServiceFigures s : context.services()) {
            if (s.places() == 0 && s.targetPeople().orElse(0) > 0 && s.deliveredOnSite()) {
                reasons.add("no open place of " + s.name() + " in the zone");
            } else if (s.peoplePerPlace() != null && s.cityPeoplePerPlace() != null
                    && s.peoplePerPlace() > PRESSURE_FACTOR * s.cityPeoplePerPlace()) {
                reasons.add("%s is under pressure: %.1f people per place against %.1f in the city".formatted(
                        s.name(), s.peoplePerPlace(), s.cityPeoplePerPlace()));
            }
        }
        Double score = assessed == 0 ? null : sum / assessed;
        String verdict = score == null ? "not assessable with the figures your role may see"
                : score >= 75 ? "strong match: the zone is in the top quarter of its peers for these targets"
                : score >= 50 ? "moderate match: the zone is above the median of its peers for these targets"
                : "weak match: most peers show a higher need for these targets";
        return new BidCheck(context.zoneName(), score, verdict, matches, reasons);
    }
}
