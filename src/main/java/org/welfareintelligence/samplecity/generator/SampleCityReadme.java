package org.welfareintelligence.samplecity.generator;

import java.util.Locale;

import org.welfareintelligence.samplecity.generator.CityLayout.Municipio;
import org.welfareintelligence.samplecity.generator.SampleCityGenerator.SampleCity;
import org.welfareintelligence.samplecity.generator.SupplyNetwork.ServiceSpec;

/** The README written next to the generated files: what they are, their layout and their totals. */
final class SampleCityReadme {

    private SampleCityReadme() {
    }

    static String text(SampleCity city) {
        Population people = city.population();
        SupplyNetwork supply = city.supply();
        int residents = people.residents();
        int placeholderResidents = people.rows.stream().filter(r -> r.placeholder).mapToInt(r -> r.get("P1")).sum();
        int foreigners = people.rows.stream().mapToInt(r -> r.get("ST1")).sum();
        int renting = people.rows.stream().mapToInt(r -> r.get("A46")).sum();
        int onePerson = people.rows.stream().mapToInt(r -> r.get("PF3")).sum();
        int elderly = people.rows.stream().mapToInt(r -> r.get("P29")).sum();
        int underFive = people.rows.stream().mapToInt(r -> r.get("P14")).sum();
        double areaKm2 = LocalPlane.metricArea(city.layout().outline()) / 1e6;

        StringBuilder sb = new StringBuilder();
        sb.append("# SYNTHETIC sample city: no real person, place or facility is described here\n\n");
        sb.append("""
                Everything in this folder is invented by `SampleCityGenerator`
                (`src/main/java/org/welfareintelligence/samplecity/generator`). The city has the size and the
                rough shape of Milan and sits on Milan's coordinates so that maps look familiar, but its
                municipi, neighbourhoods (NIL), census sections, residents, organisations and facilities are
                fictitious. Codes are chosen so that they cannot collide with real ones: the ISTAT
                municipality code is `99146` (Milan is `15146`), every name of an organisation ends with
                `(synthetic)` and every feature carries `"SYNTHETIC": true`.

                The files double as **templates for importing a real city**: a real city's open data converted
                to these layouts can be loaded the same way.

                """);
        sb.append("## Totals\n\n");
        sb.append("| what | value |\n|---|---:|\n");
        row(sb, "area", String.format(Locale.ROOT, "%.1f km²", areaKm2));
        row(sb, "municipi", city.layout().municipi().size());
        row(sb, "neighbourhoods (NIL)", city.layout().neighbourhoods().size());
        row(sb, "census sections (with polygon)", city.layout().sections().size());
        row(sb, "placeholder census rows (no polygon)", people.rows.size() - city.layout().sections().size());
        row(sb, "residents (P1)", residents);
        row(sb, "of whom in placeholder rows", placeholderResidents);
        row(sb, "families (PF1)", people.families());
        row(sb, "one-person families (PF3)", percent(onePerson, people.families()));
        row(sb, "renting families (A46)", percent(renting, people.families()));
        row(sb, "foreign residents (ST1)", percent(foreigners, residents));
        row(sb, "residents under 5 (P14)", percent(underFive, residents));
        row(sb, "residents 75 and over (P29)", percent(elderly, residents));
        row(sb, "organisations", supply.organisations.size());
        for (String type : new String[] {"PUBLIC", "THIRD_SECTOR", "PRIVATE"}) {
            row(sb, "&nbsp;&nbsp;" + type, supply.organisations.stream().filter(o -> o.type().equals(type)).count());
        }
        row(sb, "facilities", supply.facilities.size());
        for (String status : new String[] {"OPEN", "PLANNED", "SUSPENDED", "CLOSED"}) {
            row(sb, "&nbsp;&nbsp;" + status, supply.facilities.stream().filter(f -> f.status().equals(status)).count());
        }
        row(sb, "facility services", supply.services.size());

        sb.append("\n### Municipi\n\n| municipio | NIL | sections | residents |\n|---|---:|---:|---:|\n");
        for (Municipio m : city.layout().municipi()) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %,d | %,d |\n", m.name(),
                    city.layout().neighbourhoods().stream().filter(n -> n.municipio() == m.number()).count(),
                    city.layout().sections().stream().filter(s -> s.municipio() == m.number()).count(),
                    city.layout().sections().stream().filter(s -> s.municipio() == m.number()).mapToInt(s -> people.row(s).get("P1")).sum()));
        }

        sb.append("\n### Services\n\n| service type | facilities (main service) | facilities offering it | places |\n|---|---:|---:|---:|\n");
        for (ServiceSpec spec : SupplyNetwork.SERVICES) {
            int places = supply.services.stream().filter(s -> s.serviceType().equals(spec.code())).mapToInt(SupplyNetwork.FacilityService::capacityPlaces).sum();
            sb.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %,d |\n", spec.code(), spec.facilities(), supply.offering(spec.code()), places));
        }

        sb.append("""

                ## Files

                All text is UTF-8. Coordinates are WGS84 longitude/latitude (EPSG:4326) with 6 decimals; every
                polygon is valid, and each level tiles the one above it (sections tile their NIL, NIL tile their
                municipio, municipi tile the city).

                | file | content | columns a real city must provide |
                |---|---|---|
                | `municipi.geojson` | the 9 municipi (MultiPolygon/Polygon) | `MUNICIPIO` (code), `NAME` |
                | `nil.geojson` | the neighbourhoods (NIL) | `ID_NIL` (code), `NIL` (name), `MUNICIPIO` (parent code) |
                | `sections.geojson.gz` | census-section polygons | `SEZ2011` (12-digit ISTAT code), `ID_NIL` (parent NIL) |
                | `census-sections.csv.gz` | ISTAT 2011 census variables per section, in exactly the column layout of ISTAT's file "dati per sezioni di censimento" (`;`-separated, header `SEZ2011;CODREG;...;E31`); `ACE` holds the NIL code; the last rows are ISTAT-style placeholder sections (NSEZ `8888881`...) for people without a dwelling, which have no polygon | the whole ISTAT header; `SEZ2011`, `NSEZ` and `P1` must be filled, other counts may be empty or 0 when unknown |
                | `organisations.csv` | operators of the facilities, `;`-separated | `code;name;type;sector;tax_code`, `type` one of `PUBLIC`, `THIRD_SECTOR`, `PRIVATE` |
                | `facilities.geojson` | facilities (Point) | `code`, `name`, `status` (`OPEN`, `PLANNED`, `SUSPENDED`, `CLOSED`); optional `address`, `organisation_code`, `opened_on`/`closed_on` (`YYYY-MM-DD` or null) |
                | `facility-services.csv` | services offered by each facility, `;`-separated | `facility_code;service_type;capacity_places;staff_fte;targets`; `targets` is a comma-separated list of target codes, empty = every target the service type serves |
                | `occupancy.csv` | places in use and people waiting per open facility service, `,`-separated | `facility_code,service_type,in_use,waiting,as_of`; `in_use` may exceed the places (over-full) |
                | `census-sections-2016.csv.gz`, `census-sections-2021.csv.gz` | the later censuses, same layout as 2011's, imported with `period=2016` and `period=2021` | as `census-sections.csv.gz` |
                | `supply-timeline.csv` | capacity changes of facility services, `,`-separated | `facility_code,service_type,effective_on,places[,status]`; from `effective_on` the service offers `places` (`status` `OPEN`, default, or `CLOSED`) |

                Census columns keep ISTAT's meaning (see ISTAT's field list): P1 residents, P2/P3 males/females,
                P14..P29 age bands (<5 ... 75+), P46..P52 education, P60..P62 labour force, ST1..ST15 foreign
                residents, A46 renting families, PF1..PF9 families by size, E1..E31 residential buildings (E31 in
                poor condition). Within every row P1 = P2 + P3 = P14 + ... + P29, PF1 = PF3 + ... + PF8 and
                sub-counts never exceed their totals. As in ISTAT's file, `CODASC` (here the municipio) and the
                building-material counts E5..E7 are written as decimals.

                """);
        sb.append("""
                ## Periods

                The census is given for 2011, 2016 and 2021 (2016 half-way from 2011 to 2021). Facilities open and
                close along the way (`opened_on`, `closed_on`), and about one service in five of the facilities
                open before 2012 was resized once between 2012 and 2024 (`supply-timeline.csv`; today's places are
                those of `facility-services.csv`). Neighbourhoods changing most by 2021:

                | NIL | change | residents 2011 | residents 2021 | 75+ 2011 | 75+ 2021 | under 15 2011 | under 15 2021 |
                |---|---|---:|---:|---:|---:|---:|---:|
                """);
        CensusPeriods.Census last = city.later().censuses.get(city.later().censuses.size() - 1);
        for (var n : city.layout().neighbourhoods()) {
            CensusPeriods.Change change = city.later().changes.get(n.id());
            if (change.trend() == CensusPeriods.Trend.STEADY) {
                continue;
            }
            int[] first = totals(people.rows, n.id(), city.layout().sections().size());
            int[] latest = totals(last.rows(), n.id(), city.layout().sections().size());
            sb.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %,d | %,d | %,d |%n", n.name(),
                    change.trend() == CensusPeriods.Trend.AGEING ? "ageing" : "new housing", first[0], latest[0],
                    first[1], latest[1], first[2], latest[2]));
        }
        sb.append("\n## Regenerating\n\n");
        sb.append(String.format(Locale.ROOT, "Seed `%d`, %d sections requested. From the project root:%n\n", city.seed(), city.layout().sections().size()));
        sb.append("```sh\ndata-samples/generate.sh\n```\n\n");
        sb.append("""
                The script compiles the project and runs
                `java -cp target/classes:<dependencies> org.welfareintelligence.samplecity.generator.SampleCityGenerator data-samples/milano-synthetic`;
                extra arguments (`--seed N`, `--sections N`, another output folder first) are passed on. Maven flags
                go in `MAVEN_ARGS` (e.g. `MAVEN_ARGS=-o` to work offline). The same seed and arguments give
                byte-identical files; generating the default city takes a few seconds.
                """);
        return sb.toString();
    }

    /** Residents, 75+ and under-15 of a neighbourhood's sections (placeholder rows after the sections excluded). */
    private static int[] totals(java.util.List<CensusRow> rows, int neighbourhood, int sections) {
        int[] totals = new int[3];
        for (int i = 0; i < sections; i++) {
            CensusRow row = rows.get(i);
            if (row.ace == neighbourhood) {
                totals[0] += row.get("P1");
                totals[1] += row.get("P29");
                totals[2] += row.get("P14") + row.get("P15") + row.get("P16");
            }
        }
        return totals;
    }

    private static void row(StringBuilder sb, String what, Object value) {
        sb.append("| ").append(what).append(" | ").append(value instanceof Number n ? String.format(Locale.ROOT, "%,d", n.longValue()) : value)
                .append(" |\n");
    }

    private static String percent(long part, long total) {
        return String.format(Locale.ROOT, "%,d (%.1f%%)", part, 100.0 * part / total);
    }
}
