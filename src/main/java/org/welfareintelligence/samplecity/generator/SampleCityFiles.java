package org.welfareintelligence.samplecity.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.welfareintelligence.samplecity.generator.CityLayout.Municipio;
import org.welfareintelligence.samplecity.generator.CityLayout.Neighbourhood;
import org.welfareintelligence.samplecity.generator.CityLayout.Section;
import org.welfareintelligence.samplecity.generator.SampleCityGenerator.SampleCity;
import org.welfareintelligence.samplecity.generator.SupplyNetwork.Facility;
import org.welfareintelligence.samplecity.generator.SupplyNetwork.FacilityService;
import org.welfareintelligence.samplecity.generator.SupplyNetwork.Organisation;

/** Writes the sample city in the same formats a real city's open data would be imported from. */
final class SampleCityFiles {

    static final String MUNICIPI = "municipi.geojson";
    static final String NEIGHBOURHOODS = "nil.geojson";
    static final String SECTIONS = "sections.geojson.gz";
    static final String CENSUS = "census-sections.csv.gz";
    static final String ORGANISATIONS = "organisations.csv";
    static final String FACILITIES = "facilities.geojson";
    static final String FACILITY_SERVICES = "facility-services.csv";
    static final String OCCUPANCY = "occupancy.csv";
    static final String SUPPLY_TIMELINE = "supply-timeline.csv";
    static final String OCCUPANCY_AS_OF = "2025-06-30";
    static final String README = "README.md";

    private SampleCityFiles() {
    }

    static void write(SampleCity city, Path dir) throws IOException {
        Files.createDirectories(dir);
        writeMunicipi(city, dir.resolve(MUNICIPI));
        writeNeighbourhoods(city, dir.resolve(NEIGHBOURHOODS));
        writeSections(city, dir.resolve(SECTIONS));
        writeCensus(city.population().rows, dir.resolve(CENSUS));
        for (CensusPeriods.Census census : city.later().censuses) {
            writeCensus(census.rows(), dir.resolve(laterCensus(census.period())));
        }
        writeOrganisations(city, dir.resolve(ORGANISATIONS));
        writeFacilities(city, dir.resolve(FACILITIES));
        writeFacilityServices(city, dir.resolve(FACILITY_SERVICES));
        writeOccupancy(city, dir.resolve(OCCUPANCY));
        writeSupplyTimeline(city, dir.resolve(SUPPLY_TIMELINE));
        Files.writeString(dir.resolve(README), SampleCityReadme.text(city), StandardCharsets.UTF_8);
    }

    private static void writeMunicipi(SampleCity city, Path file) throws IOException {
        try (GeoJsonWriter out = new GeoJsonWriter(text(file))) {
            for (Municipio m : city.layout().municipi()) {
                out.feature(properties("MUNICIPIO", String.valueOf(m.number()), "NAME", m.name(), "SYNTHETIC", true), m.geometry());
            }
        }
    }

    private static void writeNeighbourhoods(SampleCity city, Path file) throws IOException {
        try (GeoJsonWriter out = new GeoJsonWriter(text(file))) {
            for (Neighbourhood n : city.layout().neighbourhoods()) {
                out.feature(properties("ID_NIL", String.valueOf(n.id()), "NIL", n.name(), "MUNICIPIO", String.valueOf(n.municipio()),
                        "SYNTHETIC", true), n.geometry());
            }
        }
    }

    private static void writeSections(SampleCity city, Path file) throws IOException {
        try (GeoJsonWriter out = new GeoJsonWriter(gzip(file))) {
            for (Section s : city.layout().sections()) {
                out.feature(properties("SEZ2011", s.code(), "ID_NIL", String.valueOf(s.neighbourhood()), "SYNTHETIC", true), s.geometry());
            }
        }
    }

    /** The file of a later census, e.g. census-sections-2021.csv.gz (2011's is {@link #CENSUS}). */
    static String laterCensus(String period) {
        return "census-sections-" + period + ".csv.gz";
    }

    private static void writeCensus(List<CensusRow> rows, Path file) throws IOException {
        try (Writer out = gzip(file)) {
            out.write(String.join(";", CensusRow.COLUMNS) + "\n");
            for (CensusRow row : rows) {
                out.write(row.toCsv() + "\n");
            }
        }
    }

    private static void writeOrganisations(SampleCity city, Path file) throws IOException {
        try (Writer out = text(file)) {
            out.write("code;name;type;sector;tax_code\n");
            for (Organisation o : city.supply().organisations) {
                out.write(String.join(";", o.code(), o.name(), o.type(), o.sector(), o.taxCode()) + "\n");
            }
        }
    }

    private static void writeFacilities(SampleCity city, Path file) throws IOException {
        try (GeoJsonWriter out = new GeoJsonWriter(text(file))) {
            for (Facility f : city.supply().facilities) {
                out.feature(properties("code", f.code(), "name", f.name(), "address", f.address(), "organisation_code", f.organisationCode(),
                        "status", f.status(), "opened_on", f.openedOn() == null ? null : f.openedOn().toString(),
                        "closed_on", f.closedOn() == null ? null : f.closedOn().toString(), "SYNTHETIC", true), f.location());
            }
        }
    }

    private static void writeFacilityServices(SampleCity city, Path file) throws IOException {
        try (Writer out = text(file)) {
            out.write("facility_code;service_type;capacity_places;staff_fte;targets\n");
            for (FacilityService s : city.supply().services) {
                out.write(String.format(Locale.ROOT, "%s;%s;%d;%.1f;\n", s.facilityCode(), s.serviceType(), s.capacityPlaces(), s.staffFte()));
            }
        }
    }

    /**
     * Occupancy of the open facilities' services: most run at 55-115 % of their places (so about a quarter are
     * over-full), and the busier a service, the longer its waiting list.
     */
    private static void writeOccupancy(SampleCity city, Path file) throws IOException {
        Set<String> open = city.supply().facilities.stream().filter(f -> f.status().equals("OPEN"))
                .map(Facility::code).collect(Collectors.toSet());
        SplittableRandom random = new SplittableRandom(city.seed() ^ 0x0CC0FA7CL);
        try (Writer out = text(file)) {
            out.write("facility_code,service_type,in_use,waiting,as_of\n");
            for (FacilityService s : city.supply().services) {
                if (!open.contains(s.facilityCode()) || s.capacityPlaces() == 0) {
                    continue;
                }
                double load = 0.55 + 0.6 * random.nextDouble();
                int inUse = (int) Math.round(s.capacityPlaces() * load);
                int waiting = load < 0.95 ? random.nextInt(3)
                        : (int) Math.round(s.capacityPlaces() * (load - 0.9) * random.nextDouble() * 2);
                out.write(String.format(Locale.ROOT, "%s,%s,%d,%d,%s\n", s.facilityCode(), s.serviceType(), inUse,
                        waiting, OCCUPANCY_AS_OF));
            }
        }
    }

    private static void writeSupplyTimeline(SampleCity city, Path file) throws IOException {
        try (Writer out = text(file)) {
            out.write("facility_code,service_type,effective_on,places\n");
            for (SupplyTimeline.Change c : city.timeline().changes) {
                out.write(c.facilityCode() + "," + c.serviceType() + "," + c.effectiveOn() + "," + c.places() + "\n");
            }
        }
    }

    /** Keys and values alternating, kept in the given order. */
    private static Map<String, Object> properties(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static Writer text(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Java's gzip header carries no timestamp, so compressed files are reproducible too. */
    private static Writer gzip(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
