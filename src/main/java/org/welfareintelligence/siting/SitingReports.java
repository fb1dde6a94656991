package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.DisclosureControl;

/** Turns a solved job into the API's JSON report, passing every people count through disclosure control. */
@Component
class SitingReports {

    private final DisclosureControl disclosure;
    private final SiteNames siteNames;

    SitingReports(DisclosureControl disclosure, SiteNames siteNames) {
        this.disclosure = disclosure;
        this.siteNames = siteNames;
    }

    SitingReport report(SitingJob.Status status, SitingResult result, String jobUrl) {
        SitingInstance instance = result.instance();
        SitingOutcome outcome = result.outcome();
        SitingReport.Certificate certificate = new SitingReport.Certificate(result.request().model(),
                outcome.objective(), outcome.lowerBound(), outcome.upperBound(), outcome.gap(), outcome.stopReason(),
                outcome.millis(), result.totalMillis(), outcome.iterations(), result.request().seed());
        List<SitingReport.Site> newSites = new ArrayList<>();
        List<SitingReport.Site> existing = new ArrayList<>();
        String[] names = siteNames.of(result);
        for (SitingResult.SiteLoad load : result.sites()) {
            (load.existing() ? existing : newSites).add(site(instance, outcome, load, names));
        }
        return new SitingReport(status, result.request(),
                new SitingReport.Problem(instance.pointCount(), instance.existingCount(), instance.candidateCount(),
                        result.request().candidates().kind(), result.request().costs(), result.request().unit()),
                certificate, comparison(result), targets(result), newSites, existing, result.equity(),
                phasing(result),
                Map.of("geojson", jobUrl + "/result.geojson",
                        "sectionsCsv", jobUrl + "/result.csv?table=sections",
                        "sitesCsv", jobUrl + "/result.csv?table=sites"));
    }

    private SitingReport.Comparison comparison(SitingResult result) {
        double plan = result.plan().objective();
        Count unserved = people(result.plan().unserved());
        Count atLeast = result.outcome().unservedAtLeast() == null ? null : people(result.outcome().unservedAtLeast());
        if (!result.hasToday()) {
            return new SitingReport.Comparison(null, round(plan), null, null, null, unserved, atLeast);
        }
        double today = result.today().objective();
        return new SitingReport.Comparison(round(today), round(plan), round(today - plan),
                today == 0 ? null : roundShare((today - plan) / today), people(result.today().unserved()), unserved,
                atLeast);
    }

    private SitingReport.Phasing phasing(SitingResult result) {
        SitingPhasing.Schedule schedule = result.phasing();
        if (schedule == null) {
            return null;
        }
        SitingInstance instance = result.instance();
        List<SitingReport.Year> years = new ArrayList<>();
        for (SitingPhasing.Year year : schedule.years()) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (int t = 0; t < instance.targets().length; t++) {
                double demand = result.targets().get(t).demand();
                Double share = disclosure.rate(demand > 0 ? year.withinRadius()[t] / demand : 0, people(demand));
                shares.put(instance.targets()[t], share == null ? null : roundShare(share));
            }
            years.add(new SitingReport.Year(year.year(), codes(instance, year.opens()),
                    byTarget(instance, year.withinRadius()), shares));
        }
        double upper = schedule.upperBound();
        double value = schedule.cumulativeCovered();
        return new SitingReport.Phasing(years, codes(instance, schedule.notScheduled()), people(value),
                Double.isFinite(upper) ? round(upper) : null,
                Double.isFinite(upper) && value > 0 ? roundShare((upper - value) / value) : null, schedule.stopReason());
    }

    private static List<String> codes(SitingInstance instance, int[] sites) {
        return java.util.Arrays.stream(sites).mapToObj(j -> instance.sites().codes()[j]).toList();
    }

    private List<SitingReport.TargetAccess> targets(SitingResult result) {
        List<SitingReport.TargetAccess> targets = new ArrayList<>();
        for (SitingResult.TargetAccess t : result.targets()) {
            SitingReport.Access today = access(t.today(), t.demand());
            SitingReport.Access plan = access(t.plan(), t.demand());
            SitingReport.Gain gain = t.today() == null ? null : new SitingReport.Gain(
                    round(t.today().meanDistance() - t.plan().meanDistance()),
                    people(t.plan().withinRadius() - t.today().withinRadius()));
            targets.add(new SitingReport.TargetAccess(t.target(), t.period(), t.weight(), people(t.demand()),
                    people(t.unlocated()), today, plan, gain));
        }
        return targets;
    }

    private SitingReport.Access access(SitingResult.Access access, double demand) {
        if (access == null) {
            return null;
        }
        Double share = disclosure.rate(access.shareWithinRadius(), people(demand));
        return new SitingReport.Access(round(access.meanDistance()), round(access.maxDistance()),
                people(access.withinRadius()), share == null ? null : roundShare(share));
    }

    private SitingReport.Site site(SitingInstance instance, SitingOutcome outcome, SitingResult.SiteLoad load,
                                   String[] names) {
        int j = load.site();
        Double removalLoss = null;
        int position = java.util.Arrays.binarySearch(outcome.openSites(), j);
        if (outcome.siteContribution() != null && position >= 0
                && Double.isFinite(outcome.siteContribution()[position])) {
            removalLoss = round(outcome.siteContribution()[position]);
        }
        SitingInstance.Places sites = instance.sites();
        Integer capacity = load.existing() && instance.capacity()[j] >= 0 ? instance.capacity()[j] : null;
        SitingReport.Adds adds = load.existing() ? null
                : new SitingReport.Adds(round(load.costSaved()), byTarget(instance, load.coveredGain()), removalLoss);
        return new SitingReport.Site(sites.codes()[j], names[j], sites.lon()[j], sites.lat()[j], capacity,
                byTarget(instance, load.demandByTarget()), round(load.meanDistance()), adds);
    }

    /** People per target code, each passed through disclosure control. */
    Map<String, Count> byTarget(SitingInstance instance, double[] counts) {
        Map<String, Count> map = new LinkedHashMap<>();
        for (int t = 0; t < counts.length; t++) {
            map.put(instance.targets()[t], people(counts[t]));
        }
        return map;
    }

    /** A count of people as the reader may see it, to two decimals (estimates are fractional). */
    Count people(double count) {
        return disclosure.count(count).rounded(2);
    }

    static double round(double metres) {
        return Math.round(metres * 10) / 10.0;
    }

    private static double roundShare(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
