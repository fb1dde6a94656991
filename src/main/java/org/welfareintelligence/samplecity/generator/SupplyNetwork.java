package org.welfareintelligence.samplecity.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.welfareintelligence.samplecity.generator.CityLayout.Section;

/**
 * Social-service facilities, the organisations running them and the services they offer.
 * Facilities are placed where their users live (nurseries among young children, shelters near
 * the centre and the stations), so coverage analyses on the sample city show realistic patterns.
 */
final class SupplyNetwork {

    enum Operator { COMUNE, HEALTH_AGENCY, PUBLIC_CARE_PROVIDER, THIRD_SECTOR, PRIVATE }

    /** What the location of a facility follows. */
    enum Demand { POPULATION, YOUNG_CHILDREN, SCHOOL_AGE, YOUTH, ELDERLY, FAMILIES, FOREIGNERS, HARDSHIP, CITY_CENTRE_AND_STATIONS, SPACIOUS_ELDERLY }

    /**
     * A service type: how many facilities have it as their main service, the range of places, places per
     * full-time staff, who typically runs it and which services are commonly offered alongside it.
     */
    record ServiceSpec(String code, String label, int facilities, int minPlaces, int maxPlaces, double placesPerFte,
                       Demand demand, double[] operatorShares, List<String> related) {
    }

    /** Operator shares: Comune, health agency, public care provider, third sector, private. */
    static final List<ServiceSpec> SERVICES = List.of(
            spec("SOCIAL_SECRETARIAT", "Segretariato Sociale", 11, 200, 900, 60, Demand.POPULATION, ops(1, 0, 0, 0, 0), "PAPERWORK_HELP", "HOUSING_SUPPORT"),
            spec("HOME_CARE", "Servizio di Assistenza Domiciliare", 40, 30, 200, 8, Demand.ELDERLY, ops(0.2, 0, 0.05, 0.6, 0.15), "MEALS_AT_HOME", "ESCORTED_TRANSPORT"),
            spec("ELDERLY_DAY_CENTRE", "Centro Diurno Anziani", 45, 20, 40, 5, Demand.ELDERLY, ops(0.15, 0, 0.1, 0.6, 0.15), "MEALS_AT_HOME", "ESCORTED_TRANSPORT"),
            spec("NURSING_HOME", "RSA", 60, 60, 180, 1.7, Demand.SPACIOUS_ELDERLY, ops(0, 0, 0.1, 0.35, 0.55), "ELDERLY_DAY_CENTRE", "HOME_CARE"),
            spec("DISABILITY_DAY_CENTRE", "Centro Diurno Disabili", 45, 20, 40, 3, Demand.POPULATION, ops(0.15, 0, 0.05, 0.7, 0.1), "ESCORTED_TRANSPORT"),
            spec("DISABILITY_RESIDENCE", "Comunità Socio Sanitaria Disabili", 30, 10, 40, 1.2, Demand.POPULATION, ops(0, 0, 0.1, 0.7, 0.2), "DISABILITY_DAY_CENTRE"),
            spec("MINORS_RESIDENTIAL_COMMUNITY", "Comunità Educativa Minori", 40, 6, 12, 1, Demand.SCHOOL_AGE, ops(0, 0, 0, 0.95, 0.05), "HOME_EDUCATIONAL_SUPPORT"),
            spec("HOME_HEALTH_CARE", "Cure Domiciliari", 25, 50, 300, 12, Demand.ELDERLY, ops(0, 0.4, 0, 0.1, 0.5), "HOME_CARE"),
            spec("ADDICTION_SERVICE", "Servizio Dipendenze", 12, 100, 400, 25, Demand.HARDSHIP, ops(0, 0.8, 0, 0.2, 0), "PSYCHOLOGICAL_SUPPORT"),
            spec("MENTAL_HEALTH_CENTRE", "Centro Psico-Sociale", 14, 200, 800, 30, Demand.POPULATION, ops(0, 0.9, 0, 0.1, 0), "PSYCHOLOGICAL_SUPPORT"),
            spec("NURSERY", "Asilo Nido", 210, 40, 80, 6, Demand.YOUNG_CHILDREN, ops(0.45, 0, 0, 0.25, 0.3)),
            spec("YOUTH_CENTRE", "Centro di Aggregazione Giovanile", 50, 30, 120, 15, Demand.YOUTH, ops(0.15, 0, 0, 0.85, 0), "AFTER_SCHOOL_SUPPORT", "EMPLOYMENT_SERVICE"),
            spec("HOME_EDUCATIONAL_SUPPORT", "Assistenza Educativa Domiciliare", 30, 15, 60, 6, Demand.SCHOOL_AGE, ops(0.1, 0, 0, 0.9, 0), "AFTER_SCHOOL_SUPPORT", "FAMILY_CENTRE"),
            spec("AFTER_SCHOOL_SUPPORT", "Doposcuola", 90, 20, 60, 10, Demand.SCHOOL_AGE, ops(0, 0, 0, 1, 0), "ITALIAN_COURSES", "YOUTH_CENTRE"),
            spec("FAMILY_CENTRE", "Centro per le Famiglie", 25, 40, 150, 20, Demand.FAMILIES, ops(0.3, 0.25, 0, 0.45, 0), "PSYCHOLOGICAL_SUPPORT", "HOME_EDUCATIONAL_SUPPORT"),
            spec("PSYCHOLOGICAL_SUPPORT", "Sportello di Sostegno Psicologico", 30, 20, 100, 15, Demand.POPULATION, ops(0, 0.1, 0, 0.7, 0.2), "FAMILY_CENTRE"),
            spec("ANTI_VIOLENCE_CENTRE", "Centro Antiviolenza", 10, 30, 120, 12, Demand.CITY_CENTRE_AND_STATIONS, ops(0.1, 0, 0, 0.9, 0), "LEGAL_ADVICE", "PSYCHOLOGICAL_SUPPORT"),
            spec("HOMELESS_SHELTER", "Casa di Accoglienza Notturna", 25, 20, 120, 10, Demand.CITY_CENTRE_AND_STATIONS, ops(0.2, 0, 0, 0.8, 0), "SOUP_KITCHEN", "HOUSING_SUPPORT"),
            spec("SOUP_KITCHEN", "Mensa Solidale", 18, 80, 400, 40, Demand.CITY_CENTRE_AND_STATIONS, ops(0, 0, 0, 1, 0), "FOOD_AID"),
            spec("HOUSING_SUPPORT", "Sportello Casa", 25, 20, 100, 20, Demand.HARDSHIP, ops(0.3, 0, 0, 0.7, 0), "LEGAL_ADVICE", "FINANCIAL_EDUCATION"),
            spec("FOOD_AID", "Emporio Solidale", 70, 50, 400, 60, Demand.HARDSHIP, ops(0, 0, 0, 1, 0), "FINANCIAL_EDUCATION", "PAPERWORK_HELP"),
            spec("MEALS_AT_HOME", "Pasti a Domicilio", 20, 30, 150, 25, Demand.ELDERLY, ops(0.2, 0, 0, 0.7, 0.1), "ESCORTED_TRANSPORT"),
            spec("ESCORTED_TRANSPORT", "Trasporto Accompagnato", 25, 20, 80, 8, Demand.ELDERLY, ops(0, 0, 0, 0.9, 0.1), "MEALS_AT_HOME"),
            spec("PAPERWORK_HELP", "Sportello Pratiche", 50, 50, 300, 50, Demand.POPULATION, ops(0, 0, 0, 1, 0), "LEGAL_ADVICE", "FINANCIAL_EDUCATION"),
            spec("DOMESTIC_WORK_SUPPORT", "Sportello Lavoro Domestico", 15, 20, 100, 25, Demand.FOREIGNERS, ops(0, 0, 0, 1, 0), "EMPLOYMENT_SERVICE"),
            spec("EMPLOYMENT_SERVICE", "Orientamento al Lavoro", 40, 50, 300, 40, Demand.HARDSHIP, ops(0.25, 0, 0, 0.75, 0), "DOMESTIC_WORK_SUPPORT", "ITALIAN_COURSES"),
            spec("ITALIAN_COURSES", "Scuola di Italiano", 60, 30, 200, 25, Demand.FOREIGNERS, ops(0.05, 0, 0, 0.95, 0), "MIGRANT_SERVICE"),
            spec("MIGRANT_SERVICE", "Centro Servizi Stranieri", 30, 50, 300, 30, Demand.FOREIGNERS, ops(0.2, 0, 0, 0.8, 0), "ITALIAN_COURSES", "LEGAL_ADVICE"),
            spec("LEGAL_ADVICE", "Sportello Legale", 30, 30, 200, 40, Demand.HARDSHIP, ops(0, 0, 0, 0.9, 0.1), "PAPERWORK_HELP"),
            spec("FINANCIAL_EDUCATION", "Sportello Educazione Finanziaria", 15, 20, 100, 30, Demand.HARDSHIP, ops(0, 0, 0, 1, 0), "FOOD_AID"));

    private static final double[][] STATIONS = {{700, 2_300}, {-1_900, -1_700}, {2_900, 200}};

    record Organisation(String code, String name, String type, String sector, String taxCode) {
    }

    record Facility(String code, String name, String address, String organisationCode, Point location, String status,
                    LocalDate openedOn, LocalDate closedOn, int section) {
    }

    record FacilityService(String facilityCode, String serviceType, int capacityPlaces, double staffFte) {
    }

    final List<Organisation> organisations;
    final List<Facility> facilities;
    final List<FacilityService> services;

    private SupplyNetwork(List<Organisation> organisations, List<Facility> facilities, List<FacilityService> services) {
        this.organisations = organisations;
        this.facilities = facilities;
        this.services = services;
    }

    static SupplyNetwork generate(CityLayout layout, Population population, SplittableRandom rng) {
        return new Builder(layout, population, rng).build();
    }

    private static ServiceSpec spec(String code, String label, int facilities, int minPlaces, int maxPlaces, double placesPerFte,
                                    Demand demand, double[] operatorShares, String... related) {
        return new ServiceSpec(code, label, facilities, minPlaces, maxPlaces, placesPerFte, demand, operatorShares, List.of(related));
    }

    private static double[] ops(double comune, double health, double publicCare, double thirdSector, double privateShare) {
        return new double[] {comune, health, publicCare, thirdSector, privateShare};
    }

    private static final class Builder {
        private final CityLayout layout;
        private final Population population;
        private final SplittableRandom rng;
        private final List<Organisation> organisations = new ArrayList<>();
        private final List<Facility> facilities = new ArrayList<>();
        private final List<FacilityService> services = new ArrayList<>();
        private final List<Organisation> thirdSector = new ArrayList<>();
        private final List<Organisation> privateProviders = new ArrayList<>();
        // how many facilities each pooled organisation runs: big ones attract more (Chinese restaurant process)
        private final List<Integer> thirdSectorLoad = new ArrayList<>();
        private final List<Integer> privateLoad = new ArrayList<>();
        private final TreeSet<String> usedNames = new TreeSet<>();
        private final TreeSet<String> usedTaxCodes = new TreeSet<>();

        Builder(CityLayout layout, Population population, SplittableRandom rng) {
            this.layout = layout;
            this.population = population;
            this.rng = rng;
        }

        SupplyNetwork build() {
            organisation("Comune (synthetic)", "PUBLIC", "Municipality");
            organisation("Agenzia Sanitaria Territoriale (synthetic)", "PUBLIC", "Health agency");
            organisation("Azienda Pubblica di Servizi alla Persona (synthetic)", "PUBLIC", "Public care provider");
            for (ServiceSpec spec : SERVICES) {
                double[] weights = demandWeights(spec.demand());
                for (int i = 0; i < spec.facilities(); i++) {
                    Section section = spec.code().equals("SOCIAL_SECRETARIAT")
                            ? pick(secretariatWeights(weights, i))
                            : pick(weights);
                    facility(spec, section, i);
                }
            }
            return new SupplyNetwork(organisations, facilities, services);
        }

        /** One social secretariat in every municipio, the extra ones in the most populous. */
        private double[] secretariatWeights(double[] weights, int index) {
            int municipio = index < 9 ? index + 1 : mostPopulousMunicipi().get(index - 9);
            double[] w = weights.clone();
            for (int i = 0; i < w.length; i++) {
                if (layout.sections().get(i).municipio() != municipio) {
                    w[i] = 0;
                }
            }
            return w;
        }

        private List<Integer> mostPopulousMunicipi() {
            int[] residents = new int[10];
            for (Section s : layout.sections()) {
                residents[s.municipio()] += population.row(s).get("P1");
            }
            List<Integer> order = new ArrayList<>(List.of(2, 3, 4, 5, 6, 7, 8, 9, 1));
            order.sort((a, b) -> Integer.compare(residents[b], residents[a]));
            return order;
        }

        private double[] demandWeights(Demand demand) {
            List<Section> sections = layout.sections();
            double[] w = new double[sections.size()];
            for (int i = 0; i < w.length; i++) {
                Section s = sections.get(i);
                CensusRow r = population.row(s);
                w[i] = switch (demand) {
                    case POPULATION -> r.get("P1");
                    case YOUNG_CHILDREN -> r.get("P14");
                    case SCHOOL_AGE -> r.get("P15") + r.get("P16");
                    case YOUTH -> r.get("P17") + r.get("P18") + r.get("P19");
                    case ELDERLY -> r.get("P28") + r.get("P29");
                    case FAMILIES -> r.get("PF5") + r.get("PF6") + r.get("PF7") + r.get("PF8");
                    case FOREIGNERS -> r.get("ST1");
                    case HARDSHIP -> r.get("P62") + 0.3 * r.get("A46") + 0.2 * r.get("ST1");
                    case CITY_CENTRE_AND_STATIONS -> hubWeight(s);
                    // large residences need room: the outer city, where sections are bigger
                    case SPACIOUS_ELDERLY -> (r.get("P29") + 5) * Math.sqrt(s.areaM2() / 10_000);
                };
            }
            return w;
        }

        private static double hubWeight(Section s) {
            Coordinate c = LocalPlane.toMetric(s.geometry().getInteriorPoint()).getCoordinate();
            double w = Math.exp(-Math.hypot(c.x, c.y) / 1_500);
            for (double[] station : STATIONS) {
                w += 2 * Math.exp(-Math.hypot(c.x - station[0], c.y - station[1]) / 800);
            }
            return w * s.areaM2() / 10_000;
        }

        private Section pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double target = rng.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                target -= weights[i];
                if (target < 0 && weights[i] > 0) {
                    return layout.sections().get(i);
                }
            }
            for (int i = weights.length - 1; i >= 0; i--) {
                if (weights[i] > 0) {
                    return layout.sections().get(i);
                }
            }
            return layout.sections().get(rng.nextInt(weights.length));
        }

        private void facility(ServiceSpec spec, Section section, int index) {
            Organisation operator = operator(spec);
            String code = String.format(Locale.ROOT, "F%04d", facilities.size() + 1);
            String name = spec.code().equals("SOCIAL_SECRETARIAT")
                    ? uniqueName(spec.label() + " Municipio " + section.municipio())
                    : uniqueName(spec.label() + " " + (operator.type().equals("PUBLIC")
                            ? layout.neighbourhoods().get(section.neighbourhood() - 1).name()
                            : PlaceNames.pick(PlaceNames.MOTTOS, rng)));
            double roll = rng.nextDouble();
            String status = spec.code().equals("SOCIAL_SECRETARIAT") || roll < 0.89 ? "OPEN"
                    : roll < 0.94 ? "PLANNED" : roll < 0.965 ? "SUSPENDED" : "CLOSED";
            LocalDate opened = switch (status) {
                case "PLANNED" -> date(2026, 2027);
                case "CLOSED" -> date(1980, 2015);
                default -> rng.nextDouble() < 0.08 ? null : date(1970, 2024);
            };
            LocalDate closed = status.equals("CLOSED") ? date(2019, 2025) : null;
            facilities.add(new Facility(code, name, PlaceNames.street(rng), operator.code(), pointIn(section), status, opened, closed, section.number()));

            services.add(service(code, spec, 1.0));
            double extra = rng.nextDouble();
            int related = extra < 0.1 ? 2 : extra < 0.4 ? 1 : 0;
            for (String other : PlaceNames.shuffled(spec.related(), rng).subList(0, Math.min(related, spec.related().size()))) {
                services.add(service(code, specOf(other), 0.5));
            }
        }

        private FacilityService service(String facilityCode, ServiceSpec spec, double scale) {
            int min = (int) Math.max(5, spec.minPlaces() * scale);
            int max = (int) Math.max(min + 1, spec.maxPlaces() * scale);
            int places = min + rng.nextInt(max - min + 1);
            if (places >= 50) {
                places = Math.round(places / 5f) * 5;
            }
            double fte = Math.max(0.5, Math.round(places / spec.placesPerFte() * Allocation.lognormal(0.15, rng) * 10) / 10.0);
            return new FacilityService(facilityCode, spec.code(), places, fte);
        }

        private static ServiceSpec specOf(String code) {
            return SERVICES.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        }

        private Organisation operator(ServiceSpec spec) {
            double roll = rng.nextDouble() * java.util.Arrays.stream(spec.operatorShares()).sum();
            Operator kind = Operator.PRIVATE;
            for (int k = 0; k < spec.operatorShares().length; k++) {
                roll -= spec.operatorShares()[k];
                if (roll < 0) {
                    kind = Operator.values()[k];
                    break;
                }
            }
            return switch (kind) {
                case COMUNE -> organisations.get(0);
                case HEALTH_AGENCY -> organisations.get(1);
                case PUBLIC_CARE_PROVIDER -> organisations.get(2);
                case THIRD_SECTOR -> pooled(thirdSector, thirdSectorLoad, 95, this::newThirdSector);
                case PRIVATE -> pooled(privateProviders, privateLoad, 15, this::newPrivateProvider);
            };
        }

        /** Reuses an organisation in proportion to its size, or founds a new one with weight {@code novelty}. */
        private Organisation pooled(List<Organisation> pool, List<Integer> load, double novelty,
                                    java.util.function.Supplier<Organisation> create) {
            double roll = rng.nextDouble() * (novelty + load.stream().mapToInt(Integer::intValue).sum());
            for (int i = 0; i < pool.size(); i++) {
                roll -= load.get(i);
                if (roll < 0) {
                    load.set(i, load.get(i) + 1);
                    return pool.get(i);
                }
            }
            Organisation created = create.get();
            pool.add(created);
            load.add(1);
            return created;
        }

        private Organisation newThirdSector() {
            String[][] kinds = {
                    {"Cooperativa Sociale", "Social cooperative"}, {"Cooperativa Sociale", "Social cooperative"},
                    {"Associazione", "Association"}, {"Associazione di Volontariato", "Volunteer association"},
                    {"Fondazione", "Foundation"}, {"Impresa Sociale", "Social enterprise"}, {"Consorzio", "Social consortium"}};
            while (true) {
                String[] kind = kinds[rng.nextInt(kinds.length)];
                String who = kind[0].equals("Fondazione") && rng.nextBoolean()
                        ? PlaceNames.pick(PlaceNames.PATRONS, rng)
                        : PlaceNames.pick(PlaceNames.MOTTOS, rng);
                String name = kind[0] + " " + who + " (synthetic)";
                if (!usedNames.contains(name)) {
                    return organisation(name, "THIRD_SECTOR", kind[1]);
                }
            }
        }

        private Organisation newPrivateProvider() {
            String[] forms = {"S.r.l.", "S.r.l.", "S.p.A.", "S.a.s."};
            String[] stems = {"%s Servizi", "Residenze %s", "Gruppo %s Salute", "%s Assistenza", "Centri %s"};
            while (true) {
                String motto = PlaceNames.pick(PlaceNames.MOTTOS, rng).replaceFirst("^(Il|La|L'|Lo) ?", "");
                String name = String.format(Locale.ROOT, stems[rng.nextInt(stems.length)], motto) + " "
                        + forms[rng.nextInt(forms.length)] + " (synthetic)";
                if (!usedNames.contains(name)) {
                    return organisation(name, "PRIVATE", "Private care provider");
                }
            }
        }

        private Organisation organisation(String name, String type, String sector) {
            usedNames.add(name);
            Organisation o = new Organisation(String.format(Locale.ROOT, "ORG%04d", organisations.size() + 1), name, type, sector, taxCode());
            organisations.add(o);
            return o;
        }

        /** 11 digits with the Italian VAT-number check digit, starting with 99 (no real office issues it). */
        private String taxCode() {
            while (true) {
                StringBuilder digits = new StringBuilder("99");
                for (int i = 0; i < 8; i++) {
                    digits.append(rng.nextInt(10));
                }
                int sum = 0;
                for (int i = 0; i < 10; i++) {
                    int d = digits.charAt(i) - '0';
                    if (i % 2 == 1) {
                        d *= 2;
                        d = d > 9 ? d - 9 : d;
                    }
                    sum += d;
                }
                digits.append((10 - sum % 10) % 10);
                if (usedTaxCodes.add(digits.toString())) {
                    return digits.toString();
                }
            }
        }

        private String uniqueName(String base) {
            String name = base;
            for (int n = 2; usedNames.contains(name); n++) {
                name = base + " " + n;
            }
            usedNames.add(name);
            return name;
        }

        private LocalDate date(int fromYear, int toYear) {
            long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
            long to = LocalDate.of(toYear, 12, 31).toEpochDay();
            return LocalDate.ofEpochDay(from + rng.nextLong(to - from + 1));
        }

        /** A random point of the section on the 6-decimal grid, so the written point is still inside. */
        private Point pointIn(Section section) {
            Envelope env = section.geometry().getEnvelopeInternal();
            while (true) {
                Coordinate c = new Coordinate(env.getMinX() + rng.nextDouble() * env.getWidth(), env.getMinY() + rng.nextDouble() * env.getHeight());
                LocalPlane.GEO_PRECISION.makePrecise(c);
                Point p = LocalPlane.GEO.createPoint(c);
                if (section.geometry().contains(p)) {
                    return p;
                }
            }
        }
    }

    /** How many facilities offer each service type (as main or additional service), in catalogue order. */
    long offering(String serviceType) {
        return services.stream().filter(s -> s.serviceType().equals(serviceType)).count();
    }
}
