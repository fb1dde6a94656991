package org.welfareintelligence.scenario;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.privacy.CountNames;
import org.welfareintelligence.web.PdfDocuments;
import org.welfareintelligence.analytics.export.Table;
import org.welfareintelligence.analytics.export.TableFormat;
import tools.jackson.databind.ObjectMapper;

/**
 * The per-section diff as CSV and as GeoJSON (section outlines simplified in PostGIS), the comparison as XLSX and
 * PDF, from the controlled views.
 */
@Component
class ScenarioExports {

    private static final List<String> COLUMNS = List.of("section", "municipio", "demand", "gainedReach", "lostReach",
            "servedChange", "waitingChange", "waiting", "accessBaseline", "accessScenario", "accessChange");

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TemplateEngine templates;
    private final PdfDocuments pdf;

    ScenarioExports(NamedParameterJdbcTemplate jdbc, ObjectMapper json, TemplateEngine templates, PdfDocuments pdf) {
        this.jdbc = jdbc;
        this.json = json;
        this.templates = templates;
        this.pdf = pdf;
    }

    String csv(ScenarioResults.SectionDiffView view) {
        Table table = Table.of("scenario-" + view.scenarioId() + "-" + view.year(), COLUMNS.toArray(String[]::new));
        for (ScenarioResults.AreaDiff row : view.sections()) {
            table.row(values(row).toArray());
        }
        return TableFormat.csv(table);
    }

    /** The comparison as one sheet, a row per year and scenario (the baseline first), numbers kept as numbers. */
    byte[] xlsx(ScenarioResults.CompareView view) {
        Table table = Table.of("comparison", "year", "scenario", "demand", "seekers", "served", "waiting", "places",
                "shareWithinReach", "meanTravel", "gini", "palma", "requiredPlaces", "placesGap");
        for (ScenarioResults.CompareRow row : view.rows()) {
            figures(table, row.year(), "baseline", row.baseline());
            for (int k = 0; k < view.scenarios().size(); k++) {
                figures(table, row.year(), view.scenarios().get(k).name(), row.scenarios().get(k));
            }
        }
        return TableFormat.xlsx(List.of(table));
    }

    /** A row of the comparison's PDF: numbers formatted for the reader, null where a count is withheld. */
    record PdfRow(boolean baseline, String name, String served, int servedBar, String waiting, int waitingBar,
                  String withinReach, String gini, String places, String costPerPlace, String costPerPerson) {
    }

    record PdfYear(int year, List<PdfRow> rows) {
    }

    /**
     * The comparison for council papers: per year the baseline and the scenarios side by side, with bars of people
     * served and waiting drawn in HTML (widths relative to the year's highest value), in the reader's language.
     */
    byte[] comparisonPdf(ScenarioResults.CompareView view, Locale locale) {
        List<PdfYear> years = new ArrayList<>();
        for (ScenarioResults.CompareRow row : view.rows()) {
            List<ScenarioResults.Figures> figures = new ArrayList<>();
            List<ScenarioResults.ImpactView> impacts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            figures.add(row.baseline());
            impacts.add(null);
            names.add(null);
            for (int k = 0; k < view.scenarios().size(); k++) {
                figures.add(row.scenarios().get(k));
                impacts.add(row.impacts().get(k));
                names.add(view.scenarios().get(k).name());
            }
            double most = 0;
            for (ScenarioResults.Figures f : figures) {
                if (f != null) {
                    most = Math.max(most, Math.max(value(f.served()), value(f.waiting())));
                }
            }
            List<PdfRow> rows = new ArrayList<>();
            for (int k = 0; k < figures.size(); k++) {
                ScenarioResults.Figures f = figures.get(k);
                if (f == null) {
                    continue;
                }
                ScenarioResults.ImpactView impact = impacts.get(k);
                rows.add(new PdfRow(k == 0, names.get(k), people(f.served(), locale), bar(f.served(), most),
                        people(f.waiting(), locale), bar(f.waiting(), most),
                        f.shareWithinReach() == null ? null : String.format(locale, "%.1f %%", 100 * f.shareWithinReach()),
                        f.gini() == null ? null : String.format(locale, "%.3f", f.gini()),
                        NumberFormat.getIntegerInstance(locale).format(f.places()),
                        money(impact == null ? null : impact.costPerPlace(), locale),
                        money(impact == null ? null : impact.costPerPersonServed(), locale)));
            }
            years.add(new PdfYear(row.year(), rows));
        }
        Context model = new Context(locale);
        model.setVariable("years", years);
        model.setVariable("names", String.join(", ", view.scenarios().stream()
                .map(ScenarioResults.Column::name).toList()));
        return pdf.fromXhtml(templates.process("scenario/comparison", model));
    }

    private static String people(Count count, Locale locale) {
        return count == null || count.isWithheld() ? null : NumberFormat.getIntegerInstance(locale).format(count.value());
    }

    private static int bar(Count count, double most) {
        return most > 0 ? (int) Math.round(100 * value(count) / most) : 0;
    }

    private static double value(Count count) {
        return count == null || count.isWithheld() ? 0 : count.value();
    }

    private static String money(Double amount, Locale locale) {
        return amount == null ? null : NumberFormat.getIntegerInstance(locale).format(amount);
    }

    private static void figures(Table table, int year, String scenario, ScenarioResults.Figures f) {
        if (f != null) {
            table.row(year, scenario, f.demand(), f.seekers(), f.served(), f.waiting(), f.places(), f.shareWithinReach(),
                    f.meanTravel(), f.gini(), f.palma(), f.requiredPlaces(), f.placesGap());
        }
    }

    String geoJson(ScenarioResults.SectionDiffView view) {
        Map<String, String> geometry = new HashMap<>();
        jdbc.query("""
                SELECT code, ST_AsGeoJSON(ST_SimplifyPreserveTopology(coalesce(geom, centroid), 0.00002), 6)
                FROM census_section WHERE NOT placeholder AND coalesce(geom, centroid) IS NOT NULL""", Map.of(), rs -> {
            geometry.put(rs.getString(1), rs.getString(2));
        });
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"year\":").append(view.year())
                .append(",\"features\":[");
        boolean first = true;
        for (ScenarioResults.AreaDiff row : view.sections()) {
            String shape = geometry.get(row.code());
            if (shape == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            List<Object> values = values(row);
            for (int k = 0; k < COLUMNS.size(); k++) {
                CountNames.requireControlled(COLUMNS.get(k), values.get(k));
                properties.put(COLUMNS.get(k), values.get(k));
            }
            out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":").append(shape)
                    .append(",\"properties\":").append(json.writeValueAsString(properties)).append('}');
            first = false;
        }
        return out.append("]}").toString();
    }

    private static List<Object> values(ScenarioResults.AreaDiff row) {
        return java.util.Arrays.asList(row.code(), row.name(), row.demand(), row.gainedReach(), row.lostReach(),
                row.servedChange(), row.waitingChange(), row.waiting(), row.accessBaseline(), row.accessScenario(),
                row.accessChange());
    }
}
