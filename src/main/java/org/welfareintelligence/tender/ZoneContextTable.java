package org.welfareintelligence.tender;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.welfareintelligence.partner.PartnerService;
import org.welfareintelligence.partner.PartnerTable;
import org.welfareintelligence.privacy.Count;
import org.welfareintelligence.web.Csv;

/**
 * A zone context as a tidy table (one figure per row: what, period, measure, value) for CSV, and as a
 * workbook with one sheet per part for XLSX. Counts of people are whole numbers, and the last column says
 * whether each one is exact, perturbed (a drawn zone holding withheld sections) or withheld (an empty cell). Headers and sheet names are in
 * the reader's language; parts and measures stay codes, so that a table can be filtered the same way in both.
 */
final class ZoneContextTable {

    private static final List<String> HEADER = List.of("part", "zone", "code", "name", "period", "measure", "value",
            "disclosure");
    private static final List<String> SOURCE_HEADER = List.of("kind", "source", "licence", "period", "nature", "loaded");

    private ZoneContextTable() {
    }

    static List<List<Object>> rows(ZoneContext c) {
        List<List<Object>> rows = new ArrayList<>();
        String zone = c.zoneName();
        rows.add(row("zone", zone, c.zoneCode(), c.zoneKind(), null, "residents", c.population()));
        rows.add(row("zone", zone, c.zoneCode(), c.zoneKind(), null, "area_km2", c.areaKm2()));
        for (ZoneContext.TargetFigures t : c.targets()) {
            for (ZoneContext.PeriodFigure p : t.trend()) {
                rows.add(row("demand", zone, t.code(), t.name(), p.period(), "people", p.value()));
                rows.add(row("demand", zone, t.code(), t.name(), p.period(), "per_1000_residents", p.ratePer1000()));
                rows.add(row("demand", zone, t.code(), t.name(), p.period(), "index_first_period_100", p.indexToFirst()));
            }
            // estimates (a rate times a census base) are told apart from counts in every table
            rows.add(row("demand", zone, t.code(), t.name(), null, "estimated", t.estimated() ? "yes" : "no"));
            rows.add(row("demand", zone, t.code(), t.name(), null, "city_per_1000_residents", t.cityRatePer1000()));
            rows.add(row("demand", zone, t.code(), t.name(), null, "location_quotient", t.locationQuotient()));
            rows.add(row("demand", zone, t.code(), t.name(), null, "peer_median_per_1000", t.peerMedianRatePer1000()));
            rows.add(row("demand", zone, t.code(), t.name(), null, "rank_among_" + t.peers() + "_peers",
                    t.rankAmongPeers()));
        }
        for (ZoneContext.ServiceFigures s : c.services()) {
            rows.add(row("supply", zone, s.code(), s.name(), null, "open_facilities", s.facilities()));
            rows.add(row("supply", zone, s.code(), s.name(), null, "places", s.places()));
            rows.add(row("supply", zone, s.code(), s.name(), null, "target_people", s.targetPeople()));
            rows.add(row("supply", zone, s.code(), s.name(), null, "people_per_place", s.peoplePerPlace()));
            rows.add(row("supply", zone, s.code(), s.name(), null, "city_people_per_place", s.cityPeoplePerPlace()));
        }
        for (PartnerService.Operator o : c.operators()) {
            rows.add(row("operator", zone, o.code(), o.name(), null, "open_facilities", o.facilities()));
            rows.add(row("operator", zone, o.code(), o.name(), null, "places", o.places()));
        }
        if (c.partners() != null) {
            for (List<Object> p : PartnerTable.rows(c.partners())) {
                rows.add(row("partners " + p.get(0), zone, p.get(1), p.get(2), null, p.get(3), p.get(4)));
            }
        }
        return rows;
    }

    private static List<String> header(List<String> columns, ZoneText text) {
        return columns.stream().map(column -> text.get("tender.table." + column)).toList();
    }

    static String csv(ZoneContext c, ZoneText text) {
        StringBuilder out = new StringBuilder(String.join(",", header(HEADER, text))).append('\n');
        for (List<Object> row : rows(c)) {
            for (int i = 0; i < row.size(); i++) {
                Object cell = row.get(i);
                out.append(i == 0 ? "" : ",")
                        .append(cell instanceof Number n ? Csv.number(n) : cell instanceof Count count ? count.toString()
                                : cell == null ? "" : Csv.field(cell.toString()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static byte[] xlsx(ZoneContext c, ZoneText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Welfare Intelligence", "1.0")) {
            Worksheet figures = workbook.newWorksheet(text.get("tender.table.figures"));
            write(figures, header(HEADER, text), rows(c));
            Worksheet sources = workbook.newWorksheet(text.get("tender.table.sources"));
            List<List<Object>> sourceRows = new ArrayList<>();
            for (ZoneContext.DataSource s : c.sources()) {
                sourceRows.add(List.of(s.kind(), s.source(), s.licence() == null ? "" : s.licence(),
                        s.period() == null ? "" : s.period(),
                        text.get(s.synthetic() ? "tender.table.synthetic" : "tender.table.real"), s.loadedAt()));
            }
            write(sources, header(SOURCE_HEADER, text), sourceRows);
            if (c.controlled()) {
                sources.value(sourceRows.size() + 2, 0, text.get("tender.table.withheld", c.minCount()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the workbook", e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, List<String> header, List<List<Object>> rows) {
        for (int col = 0; col < header.size(); col++) {
            sheet.value(0, col, header.get(col));
            sheet.style(0, col).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int col = 0; col < row.size(); col++) {
                Object cell = row.get(col);
                if (cell instanceof Number n) {
                    sheet.value(r + 1, col, n);
                } else if (cell instanceof Count count) {
                    if (!count.isWithheld()) {
                        sheet.value(r + 1, col, count.wholeNumber());
                    }
                } else if (cell != null) {
                    sheet.value(r + 1, col, cell.toString());
                }
            }
        }
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(cells.length + 1);
        for (Object cell : cells) {
            row.add(cell);
        }
        row.add(cells[cells.length - 1] instanceof Count count ? count.basis().name().toLowerCase(Locale.ROOT) : null);
        return row;
    }
}
