-- A foundation's priority set for a call for proposals: the districts compared, the targets and weights of
-- the need index, and the ranking as it stood when saved (a snapshot, so later imports do not rewrite it).
CREATE TABLE priority_set (
    id            bigserial PRIMARY KEY,
    name          varchar(200) NOT NULL,
    owner         varchar(100) NOT NULL,
    level         varchar(20)  NOT NULL CHECK (level IN ('MUNICIPIO', 'NEIGHBOURHOOD', 'CENSUS_AREA')),
    districts     text[]       NOT NULL,
    targets       jsonb        NOT NULL,
    ranking       jsonb        NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX priority_set_owner_idx ON priority_set (owner, created_at DESC);
