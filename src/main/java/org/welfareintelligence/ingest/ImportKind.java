package org.welfareintelligence.ingest;

/** What an uploaded file holds, which decides the importer that reads it. */
public enum ImportKind {
    /** Municipi, neighbourhoods (NIL) or census areas (ACE): polygons with a code and a name. */
    AREAS(true),
    /** Census-section polygons (ISTAT "basi territoriali"), keyed by SEZ2011. */
    SECTIONS(true),
    /** An ISTAT-style census table per section, turned into demand by a target mapping. */
    CENSUS(true),
    /** A table linking sections to neighbourhoods or census areas by code or name. */
    SECTION_LINKS(true),
    /** Operator organisations. */
    ORGANISATIONS(false),
    /** Facilities as points. */
    FACILITIES(false),
    /** The services each facility offers, with capacity and staff. */
    FACILITY_SERVICES(false),
    /** Travel costs (minutes or metres) from sections to facilities or to other sections. */
    TRAVEL_COSTS(false),
    /** Places in use and waiting lists of facility services, as of a date. */
    OCCUPANCY(false),
    /** Changes of facility services over time: places from a date, or closed from a date. */
    SUPPLY_TIMELINE(false),
    /** Public places of one kind (schools, libraries, ...) as points: where outreach can reach people. */
    PUBLIC_PLACES(false);

    private final boolean territorial;

    ImportKind(boolean territorial) {
        this.territorial = territorial;
    }

    /** Whether the import changes the territorial hierarchy, which must then be re-linked. */
    public boolean territorial() {
        return territorial;
    }

    public static ImportKind parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown import kind '" + text + "': use areas, sections, census, "
                    + "section-links, organisations, facilities, facility-services, travel-costs, occupancy, supply-timeline or public-places");
        }
    }
}
