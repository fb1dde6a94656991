-- Places in use and the waiting list of each facility service, as of a date. One row per service: the latest
-- figures replace the previous ones (imports by planners, edits by the operating organisation).
CREATE TABLE facility_occupancy (
    facility_service_id bigint PRIMARY KEY REFERENCES facility_service (id) ON DELETE CASCADE,
    in_use              integer      NOT NULL CHECK (in_use >= 0),
    waiting             integer      NOT NULL CHECK (waiting >= 0),
    as_of               date         NOT NULL,
    updated_by          varchar(100) NOT NULL,
    batch_id            bigint REFERENCES import_batch (id)
);
