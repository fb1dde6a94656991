-- What-if scenarios: a horizon of years, a service type and targets, a list of changes (openings, closures,
-- resizes, demand changes) and assumptions, owned by an account and private until shared with roles or
-- organisations. A baseline (no changes) cannot be edited. data_version is the shared data's version the
-- scenario was last simulated on (database.DataVersion).
CREATE TABLE scenario (
    id                    bigserial PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    owner                 varchar(100) NOT NULL,
    owner_organisation_id bigint REFERENCES organisation (id) ON DELETE SET NULL,
    shared_roles          text[]       NOT NULL DEFAULT '{}',
    shared_organisations  bigint[]     NOT NULL DEFAULT '{}',
    baseline              boolean      NOT NULL DEFAULT false,
    definition            jsonb        NOT NULL,
    data_version          bigint,
    simulated_at          timestamptz,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    updated_at            timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX scenario_owner_idx ON scenario (owner, updated_at DESC);
