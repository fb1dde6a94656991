-- Imported and computed travel costs feed cached analyses too: writing them bumps the data version.
CREATE TRIGGER travel_cost_bumps_version BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON travel_cost
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
