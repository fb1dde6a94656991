-- Imported travel costs (e.g. minutes on the street network or public transport) from census sections
-- to facilities or to other sections. Sparse: only the pairs a file lists, typically those within a cutoff;
-- a pair that is not listed is unreachable. Analytics use them instead of Euclidean distances on request.
CREATE TABLE travel_cost (
    origin_section_id       bigint           NOT NULL REFERENCES census_section (id) ON DELETE CASCADE,
    destination_facility_id bigint REFERENCES facility (id) ON DELETE CASCADE,
    destination_section_id  bigint REFERENCES census_section (id) ON DELETE CASCADE,
    unit                    varchar(10)      NOT NULL CHECK (unit IN ('MINUTES', 'METRES')),
    cost                    double precision NOT NULL CHECK (cost >= 0),
    batch_id                bigint           NOT NULL REFERENCES import_batch (id),
    CHECK ((destination_facility_id IS NULL) <> (destination_section_id IS NULL))
);
CREATE UNIQUE INDEX travel_cost_to_facility_idx ON travel_cost (origin_section_id, destination_facility_id, unit)
    WHERE destination_facility_id IS NOT NULL;
CREATE UNIQUE INDEX travel_cost_to_section_idx ON travel_cost (origin_section_id, destination_section_id, unit)
    WHERE destination_section_id IS NOT NULL;
CREATE INDEX travel_cost_batch_idx ON travel_cost (batch_id);
