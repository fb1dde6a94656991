-- One counter that every write to the shared data bumps (imports, facility edits, approved contributions),
-- so that tiles and layers can be validated by ETag. It is bumped inside the writing transaction, so readers
-- see the new version exactly when they see the new data. The trigger runs before the first writing statement,
-- so every writer takes this one row lock before any row of data: writers queue behind each other and cannot
-- deadlock on it.
CREATE TABLE data_version (
    id      smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version bigint   NOT NULL
);
INSERT INTO data_version (version) VALUES (1);

-- once per transaction: an import runs thousands of statements, and one new version is all readers need
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('wi.data_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE data_version SET version = version + 1;
        PERFORM set_config('wi.data_version_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    data_table text;
BEGIN
    FOREACH data_table IN ARRAY ARRAY['territorial_area', 'census_section', 'demand', 'organisation', 'facility',
            'facility_service', 'facility_service_target', 'service_type', 'import_batch'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()', data_table || '_bumps_version',
                       data_table);
    END LOOP;
END $$;
