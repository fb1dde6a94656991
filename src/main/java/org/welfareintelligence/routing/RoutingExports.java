package org.welfareintelligence.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.welfareintelligence.web.Csv;
import org.welfareintelligence.web.NotFoundException;
import org.welfareintelligence.web.PdfPages;
import tools.jackson.databind.ObjectMapper;

/** A plan as CSV (one row per stop, then the unplanned visits), GeoJSON and a printable day sheet per operator. */
@Component
class RoutingExports {

    private final TemplateEngine templates;
    private final ObjectMapper json;

    RoutingExports(TemplateEngine templates, ObjectMapper json) {
        this.templates = templates;
        this.json = json;
    }

    String csv(RoutingPlanView.Plan plan) {
        StringBuilder out = new StringBuilder("operator,sequence,visit,lat,lon,place,arrival,start,departure,wait_min,"
                + "travel_m,travel_min,duration_min,window_start,window_end,skill,priority,unplanned_reason\n");
        for (RoutingPlanView.OperatorDay day : plan.operators()) {
            for (RoutingPlanView.Stop s : day.stops()) {
                out.append(String.join(",", Csv.field(day.operator()), Integer.toString(s.sequence()),
                        Csv.field(s.visit()), Csv.number(s.point().lat()), Csv.number(s.point().lon()),
                        Csv.field(s.point().place()), s.arrival(), s.start(), s.departure(),
                        Long.toString(s.waitMinutes()), Long.toString(s.travelMetres()),
                        Long.toString(s.travelMinutes()), Long.toString(s.durationMinutes()), s.windowStart(),
                        s.windowEnd(), Csv.field(s.skill()), Integer.toString(s.priority()), "")).append('\n');
            }
        }
        for (RoutingPlanView.UnplannedVisit u : plan.unplanned()) {
            out.append(String.join(",", "", "", Csv.field(u.visit()), Csv.number(u.point().lat()),
                    Csv.number(u.point().lon()), Csv.field(u.point().place()), "", "", "", "", "", "", "", "", "", "",
                    "", u.reason().name())).append('\n');
        }
        return out.toString();
    }

    /**
     * A LineString per used operator (centre, stops in order, centre), a Point per stop, per unplanned visit and
     * per centre a day starts or ends at.
     */
    String geoJson(RoutingPlanView.Plan plan) {
        List<Map<String, Object>> features = new ArrayList<>();
        Map<String, RoutingPlanView.Point> centres = new LinkedHashMap<>();
        plan.operators().forEach(day -> List.of(day.start(), day.end())
                .forEach(p -> centres.putIfAbsent(p.lat() + "," + p.lon(), p)));
        centres.values().forEach(p -> features.add(feature("Point", lonLat(p), properties("centre", null, -1,
                "place", p.place()))));
        for (int k = 0; k < plan.operators().size(); k++) {
            RoutingPlanView.OperatorDay day = plan.operators().get(k);
            if (!day.used()) {
                continue;
            }
            List<double[]> line = new ArrayList<>();
            line.add(lonLat(day.start()));
            day.stops().forEach(s -> line.add(lonLat(s.point())));
            line.add(lonLat(day.end()));
            features.add(feature("LineString", line, properties("route", day.operator(), k,
                    "travelMetres", day.travelMetres(), "travelMinutes", day.travelMinutes(),
                    "departure", day.departure(), "back", day.back(), "workloadMinutes", day.workloadMinutes())));
            for (RoutingPlanView.Stop s : day.stops()) {
                features.add(feature("Point", lonLat(s.point()), properties("stop", day.operator(), k,
                        "sequence", s.sequence(), "visit", s.visit(), "arrival", s.arrival(), "start", s.start(),
                        "departure", s.departure())));
            }
        }
        for (RoutingPlanView.UnplannedVisit u : plan.unplanned()) {
            features.add(feature("Point", lonLat(u.point()), properties("unplanned", null, -1, "visit", u.visit(),
                    "reason", u.reason().name())));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return json.writeValueAsString(collection);
    }

    /** The day of one operator as a printable A4 page, in the reader's language. */
    byte[] daySheet(RoutingPlanView view, String operator, Locale locale) {
        RoutingPlanView.OperatorDay day = view.plan().operators().stream().filter(d -> d.operator().equals(operator))
                .findFirst().orElseThrow(() -> new NotFoundException("no operator " + operator + " in job "
                        + view.job().id()));
        Context model = new Context(locale);
        model.setVariable("day", day);
        model.setVariable("job", view.job());
        return PdfPages.fromXhtml(templates.process("routing/day-sheet", model));
    }

    private static double[] lonLat(RoutingPlanView.Point point) {
        return new double[] {point.lon(), point.lat()};
    }

    private static Map<String, Object> properties(String kind, String operator, int index, Object... pairs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kind", kind);
        properties.put("operator", operator);
        properties.put("operatorIndex", index);
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put((String) pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    private static Map<String, Object> feature(String type, Object coordinates, Map<String, Object> properties) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", type);
        geometry.put("coordinates", coordinates);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }
}
