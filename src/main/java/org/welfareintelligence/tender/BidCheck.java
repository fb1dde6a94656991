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

    static BidCheck of(ZoneContext context, ZoneText text) {
        List<TargetMatch> matches = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        double sum = 0;
        int assessed = 0;
        for (ZoneContext.TargetFigures t : context.targets()) {
            if (t.rankAmongPeers() == null || t.peers() == 0) {
                matches.add(new TargetMatch(t.code(), t.name(), null, null, text.get("tender.bid.not-assessable")));
                continue;
            }
            double percentile = 100.0 * (t.peers() - (t.rankAmongPeers() - 1)) / t.peers();
            sum += percentile;
            assessed++;
            matches.add(new TargetMatch(t.code(), t.name(), percentile, t.locationQuotient(), text.get("tender.bid.rate",
                    text.number(t.ratePer1000(), 1), text.number(percentile, 0), String.valueOf(t.peers()),
                    text.get("tender.peers." + t.peerLevel().replace(' ', '-')), text.number(t.cityRatePer1000(), 1))));
        }
        for (ZoneContext.ServiceFigures s : context.services()) {
            if (s.places() == 0 && s.targetPeople().orElse(0) > 0 && s.deliveredOnSite()) {
                reasons.add(text.get("tender.bid.no-place", s.name()));
            } else if (s.peoplePerPlace() != null && s.cityPeoplePerPlace() != null
                    && s.peoplePerPlace() > PRESSURE_FACTOR * s.cityPeoplePerPlace()) {
                reasons.add(text.get("tender.bid.pressure", s.name(), text.number(s.peoplePerPlace(), 1),
                        text.number(s.cityPeoplePerPlace(), 1)));
            }
        }
        Double score = assessed == 0 ? null : sum / assessed;
        String verdict = text.get(score == null ? "tender.bid.verdict.none" : score >= 75 ? "tender.bid.verdict.strong"
                : score >= 50 ? "tender.bid.verdict.moderate" : "tender.bid.verdict.weak");
        return new BidCheck(context.zoneName(), score, verdict, matches, reasons);
    }
}
