package org.welfareintelligence.siting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.welfareintelligence.privacy.Count;

/**
 * A solved job as GeoJSON (open sites as points, each section's allocation as a line from its centroid to
 * its site) and as CSV tables of sections and sites. People counts go through {@link SitingReports#people}.
 */
@Component
class SitingExports {

    private final SitingReports reports;
    private final SiteNames siteNames;

    SitingExports(SitingReports reports, SiteNames siteNames) {
        this.reports = reports;
        this.siteNames = siteNames;
    }

    Map<String, Object> geoJson(SitingResult result) {
        SitingInstance instance = result.instance();
        SitingInstance.Places sites = instance.sites();
        SitingInstance.Places points = instance.points();
        String[] names = siteNames.of(result);
        List<Object> features = new ArrayList<>();
        for (SitingResult.SiteLoad load : result.sites()) {
            int j = load.site();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", load.existing() ? "existing" : "new");
            properties.put("code", sites.codes()[j]);
            properties.put("name", names[j]);
            if (load.existing() && instance.capacity()[j] >= 0) {
                properties.put("capacity", instance.capacity()[j]);
            }
            properties.put("allocated", reports.byTarget(instance, load.demandByTarget()));
            properties.put("meanDistance", SitingReports.round(load.meanDistance()));
            if (!load.existing()) {
                properties.put("personTravelSaved", SitingReports.round(load.costSaved()));
                properties.put("withinRadiusGain", reports.byTarget(instance, load.coveredGain()));
            }
            features.add(feature(Map.of("type", "Point", "coordinates", List.of(sites.lon()[j], sites.lat()[j])),
                    properties));
        }
        double[] weight = instance.weightedDemand();
        for (int i = 0; i < instance.pointCount(); i++) {
            int j = result.plan().site()[i];
            if (j < 0) {
                // left without room by a capacitated plan: no line to draw
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", "allocation");
            properties.put("section", points.codes()[i]);
            properties.put("site", sites.codes()[j]);
            properties.put("siteKind", instance.isExisting(j) ? "existing" : "new");
            properties.put("demand", reports.people(weight[i]));
            properties.put("distance", SitingReports.round(result.plan().distance()[i]));
            if (result.hasToday()) {
                properties.put("distanceToday", SitingReports.round(result.today().distance()[i]));
            }
            features.add(feature(Map.of("type", "LineString", "coordinates", List.of(
                    List.of(points.lon()[i], points.lat()[i]), List.of(sites.lon()[j], sites.lat()[j]))), properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }

    private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> properties) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    /** One row per section: its demand per target, its site and distance today and with the plan. */
    String sectionsCsv(SitingResult result) {
        SitingInstance instance = result.instance();
        StringBuilder out = new StringBuilder("section,lon,lat");
        for (String target : instance.targets()) {
            out.append(',').append(target);
        }
        String unit = result.request().unit();
        out.append(",site_today,").append(travel("today", unit)).append(",site_plan,site_plan_kind,")
                .append(travel("plan", unit)).append('\n');
        SitingInstance.Places points = instance.points();
        SitingInstance.Places sites = instance.sites();
        for (int i = 0; i < instance.pointCount(); i++) {
            out.append(points.codes()[i]).append(',').append(points.lon()[i]).append(',').append(points.lat()[i]);
            for (int t = 0; t < instance.targets().length; t++) {
                out.append(',').append(cell(reports.people(instance.demand()[t][i])));
            }
            if (result.hasToday()) {
                out.append(',').append(siteCode(sites, result.today().site()[i])).append(',')
                        .append(SitingReports.round(result.today().distance()[i]));
            } else {
                out.append(",,");
            }
            int j = result.plan().site()[i];
            out.append(',').append(siteCode(sites, j)).append(',')
                    .append(j < 0 ? "unserved" : instance.isExisting(j) ? "existing" : "new").append(',')
                    .append(SitingReports.round(result.plan().distance()[i])).append('\n');
        }
        return out.toString();
    }

    /** One row per open site: where it is, what it serves and, for new sites, what it adds. */
    String sitesCsv(SitingResult result) {
        SitingInstance instance = result.instance();
        StringBuilder out = new StringBuilder("code,name,kind,lon,lat,capacity");
        for (String target : instance.targets()) {
            out.append(",allocated_").append(target);
        }
        String unit = result.request().unit();
        out.append(unit.equals("m") ? ",mean_distance_m,person_metres_saved" : ",mean_time_min,person_minutes_saved");
        for (String target : instance.targets()) {
            out.append(",within_radius_gain_").append(target);
        }
        out.append(",opening_year\n");
        SitingInstance.Places sites = instance.sites();
        String[] names = siteNames.of(result);
        for (SitingResult.SiteLoad load : result.sites()) {
            int j = load.site();
            out.append(field(sites.codes()[j])).append(',').append(field(names[j])).append(',')
                    .append(load.existing() ? "existing" : "new").append(',')
                    .append(sites.lon()[j]).append(',').append(sites.lat()[j]).append(',')
                    .append(load.existing() && instance.capacity()[j] >= 0 ? Integer.toString(instance.capacity()[j]) : "");
            for (double people : load.demandByTarget()) {
                out.append(',').append(cell(reports.people(people)));
            }
            out.append(',').append(SitingReports.round(load.meanDistance())).append(',')
                    .append(load.existing() ? "" : Double.toString(SitingReports.round(load.costSaved())));
            for (double people : load.coveredGain()) {
                out.append(',').append(load.existing() ? "" : cell(reports.people(people)));
            }
            Integer year = result.openingYear(j);
            out.append(',').append(year == null ? "" : year.toString()).append('\n');
        }
        return out.toString();
    }

    /** A withheld count is an empty cell. */
    private static String cell(Count value) {
        return value == null ? "" : value.toString();
    }

    /** Quotes a text field and neutralises spreadsheet formulas in names that came from uploads. */
    private static String field(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /** The serving site's code; empty for people a capacitated plan leaves without room. */
    private static String siteCode(SitingInstance.Places sites, int site) {
        return site < 0 ? "" : field(sites.codes()[site]);
    }

    /** Column name of a travel figure: distance in metres, or time in minutes for imported travel times. */
    private static String travel(String which, String unit) {
        return unit.equals("m") ? "distance_" + which + "_m" : "time_" + which + "_min";
    }
}
