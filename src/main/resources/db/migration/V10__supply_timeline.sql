-- The timeline of each facility service: from its effective date a change sets the places offered, or closes
-- (open = false) or reopens the service. Before a service's first change its own capacity_places applies.
CREATE TABLE facility_service_change (
    facility_id     bigint  NOT NULL,
    service_type_id bigint  NOT NULL,
    effective_on    date    NOT NULL,
    places          integer CHECK (places >= 0),
    open            boolean NOT NULL DEFAULT true,
    batch_id        bigint REFERENCES import_batch (id),
    PRIMARY KEY (facility_id, service_type_id, effective_on),
    FOREIGN KEY (facility_id, service_type_id) REFERENCES facility_service (facility_id, service_type_id)
        ON DELETE CASCADE
);

-- Changes bump the data version (V90) like every other write to supply. This migration runs before V90 on a new
-- database, so the trigger cannot call V90's function: it does the same, once V90's table exists.
CREATE FUNCTION supply_timeline_bumps_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('data_version') IS NOT NULL
       AND current_setting('wi.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET version = version + 1;
        PERFORM set_config('wi.data_version_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER facility_service_change_bumps_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON facility_service_change FOR EACH STATEMENT EXECUTE FUNCTION supply_timeline_bumps_version();

-- The facility services in force on a date, with the places they offer then. A facility is in force from
-- opened_on (inclusive) to closed_on (exclusive), missing dates being open-ended, as far as its status allows:
-- the status describes today, so an OPEN facility follows its dates; a PLANNED one is in force only after today,
-- from opened_on; SUSPENDED and CLOSED ones only before today, and only if a date says when (a SUSPENDED one
-- with a known opening, a CLOSED one with its closing date).
CREATE FUNCTION supply_in_force(on_date date)
    RETURNS TABLE (facility_service_id bigint, facility_id bigint, service_type_id bigint, places integer)
    LANGUAGE sql STABLE AS $$
    SELECT fs.id, fs.facility_id, fs.service_type_id,
           CASE WHEN c.effective_on IS NULL THEN fs.capacity_places ELSE coalesce(c.places, fs.capacity_places) END
    FROM facility_service fs
    JOIN facility f ON f.id = fs.facility_id
    LEFT JOIN LATERAL (SELECT ch.effective_on, ch.places, ch.open FROM facility_service_change ch
                       WHERE ch.facility_id = fs.facility_id AND ch.service_type_id = fs.service_type_id
                         AND ch.effective_on <= on_date
                       ORDER BY ch.effective_on DESC LIMIT 1) c ON true
    WHERE coalesce(c.open, true)
      AND (f.opened_on IS NULL OR f.opened_on <= on_date) AND (f.closed_on IS NULL OR on_date < f.closed_on)
      AND CASE f.status
            WHEN 'OPEN' THEN true
            WHEN 'PLANNED' THEN f.opened_on IS NOT NULL AND on_date > current_date
            WHEN 'SUSPENDED' THEN f.opened_on IS NOT NULL AND on_date < current_date
            ELSE f.closed_on IS NOT NULL AND on_date < current_date END
$$;
