package org.welfareintelligence.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.welfareintelligence.ingest.format.FeatureSource;

/**
 * Runs one import as one transaction: the file is read, checked and written whole, or — on the first
 * problem — nothing is written and the problem is reported with file, row or feature, and field.
 */
@Service
public class ImportService {

    private final ImportBatches batches;
    private final AreaImporter areas;
    private final SectionImporter sections;
    private final CensusImporter census;
    private final SectionLinkImporter sectionLinks;
    private final OrganisationImporter organisations;
    private final FacilityImporter facilities;
    private final FacilityServiceImporter facilityServices;
    private final TravelCostImporter travelCosts;
    private final OccupancyImporter occupancy;
    private final SupplyTimelineImporter supplyTimeline;
    private final PublicPlaceImporter publicPlaces;
    private final TerritoryLinker linker;

    ImportService(ImportBatches batches, AreaImporter areas, SectionImporter sections, CensusImporter census,
                  SectionLinkImporter sectionLinks, OrganisationImporter organisations,
                  FacilityImporter facilities, FacilityServiceImporter facilityServices, TravelCostImporter travelCosts,
                  OccupancyImporter occupancy, SupplyTimelineImporter supplyTimeline,
                  PublicPlaceImporter publicPlaces, TerritoryLinker linker) {
        this.batches = batches;
        this.areas = areas;
        this.sections = sections;
        this.census = census;
        this.sectionLinks = sectionLinks;
        this.organisations = organisations;
        this.facilities = facilities;
        this.facilityServices = facilityServices;
        this.travelCosts = travelCosts;
        this.occupancy = occupancy;
        this.supplyTimeline = supplyTimeline;
        this.publicPlaces = publicPlaces;
        this.linker = linker;
    }

    /**
     * Imports {@code content} as {@code kind}. For census tables, {@code mappingFile} (with its name)
     * may carry a custom target mapping; otherwise option {@code mapping} names a built-in one (istat2011).
     */
    @Transactional
    public ImportReport importFile(ImportKind kind, String fileName, byte[] content, ImportOptions options,
                                   String mappingFileName, byte[] mappingFile) {
        FeatureSource source = SourceFiles.read(kind, fileName, content);
        CensusMapping mapping = kind != ImportKind.CENSUS ? null
                : mappingFile != null ? CensusMapping.uploaded(mappingFileName, mappingFile)
                : CensusMapping.builtIn(options.field("mapping", "istat2011"));
        ImportOptions effective = kind == ImportKind.CENSUS && options.period() == null
                ? new ImportOptions(options.source(), options.licence(), "2011", options.srid(), options.repair(),
                        options.synthetic(), options.loadedBy(), options.fields())
                : options;
        long batchId = batches.open(kind, fileName, effective);
        List<String> warnings = new ArrayList<>();
        Counts counts = switch (kind) {
            case AREAS -> areas.run(source, effective, batchId, warnings);
            case SECTIONS -> sections.run(source, effective, batchId, warnings);
            case CENSUS -> census.run(source, mapping, effective, batchId, warnings);
            case SECTION_LINKS -> sectionLinks.run(source, effective, warnings);
            case ORGANISATIONS -> organisations.run(source, effective, batchId);
            case FACILITIES -> facilities.run(source, effective, batchId, warnings);
            case FACILITY_SERVICES -> facilityServices.run(source, effective, batchId);
            case TRAVEL_COSTS -> travelCosts.run(source, effective, batchId);
            case OCCUPANCY -> occupancy.run(source, effective, batchId);
            case SUPPLY_TIMELINE -> supplyTimeline.run(source, effective, batchId);
            case PUBLIC_PLACES -> publicPlaces.run(source, effective, batchId, warnings);
        };
        if (kind.territorial()) {
            linker.refresh();
        }
        return batches.close(batchId, kind, fileName, counts.read(), counts.written(), counts.skipped(),
                counts.repaired(), warnings);
    }

    public List<Map<String, Object>> recentBatches(int limit) {
        return batches.recent(limit);
    }
}
