-- Welfare Intelligence core schema.
-- Geometries are stored in EPSG:4326; distances and areas are computed in the city's
-- metric CRS (configuration property wi.city.metric-srid) with ST_Transform.

CREATE EXTENSION IF NOT EXISTS postgis;

-- Provenance: every imported row points at the batch that last wrote it.
CREATE TABLE import_batch (
    id                  bigserial PRIMARY KEY,
    kind                varchar(30)  NOT NULL,
    source              varchar(500) NOT NULL,
    licence             varchar(200),
    period              varchar(20),
    synthetic           boolean      NOT NULL DEFAULT false,
    loaded_at           timestamptz  NOT NULL DEFAULT now(),
    loaded_by           varchar(100) NOT NULL,
    rows_read           integer      NOT NULL DEFAULT 0,
    rows_written        integer      NOT NULL DEFAULT 0,
    rows_skipped        integer      NOT NULL DEFAULT 0,
    geometries_repaired integer      NOT NULL DEFAULT 0,
    warnings            text
);

-- Territory: city > municipio > neighbourhood (NIL) ; census areas (ACE) sit beside neighbourhoods.
CREATE TABLE territorial_area (
    id          bigserial PRIMARY KEY,
    level       varchar(20)  NOT NULL CHECK (level IN ('CITY', 'MUNICIPIO', 'NEIGHBOURHOOD', 'CENSUS_AREA')),
    code        varchar(40)  NOT NULL,
    name        varchar(200) NOT NULL,
    parent_id   bigint REFERENCES territorial_area (id),
    geom        geometry(MultiPolygon, 4326),
    population  integer,
    area_km2    double precision,
    batch_id    bigint REFERENCES import_batch (id),
    UNIQUE (level, code)
);
CREATE INDEX territorial_area_geom_idx ON territorial_area USING gist (geom);
CREATE INDEX territorial_area_parent_idx ON territorial_area (parent_id);

CREATE TABLE census_section (
    id               bigserial PRIMARY KEY,
    code             varchar(20) NOT NULL UNIQUE,
    -- ISTAT placeholder sections (NSEZ 8888881..8888888) hold people without a place of residence
    placeholder      boolean     NOT NULL DEFAULT false,
    neighbourhood_id bigint REFERENCES territorial_area (id),
    census_area_id   bigint REFERENCES territorial_area (id),
    geom             geometry(MultiPolygon, 4326),
    centroid         geometry(Point, 4326),
    population       integer     NOT NULL DEFAULT 0 CHECK (population >= 0),
    families         integer CHECK (families >= 0),
    area_km2         double precision,
    batch_id         bigint REFERENCES import_batch (id)
);
CREATE INDEX census_section_geom_idx ON census_section USING gist (geom);
CREATE INDEX census_section_centroid_idx ON census_section USING gist (centroid);
CREATE INDEX census_section_neighbourhood_idx ON census_section (neighbourhood_id);
CREATE INDEX census_section_census_area_idx ON census_section (census_area_id);

-- Target taxonomy (reference data, see V2 and docs/taxonomy.md).
CREATE TABLE target_group (
    code        varchar(40)  PRIMARY KEY,
    kind        varchar(10)  NOT NULL CHECK (kind IN ('PERSON', 'FAMILY')),
    name_it     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    sort_order  integer      NOT NULL DEFAULT 0
);

CREATE TABLE target (
    id          bigserial PRIMARY KEY,
    code        varchar(60)  NOT NULL UNIQUE,
    kind        varchar(10)  NOT NULL CHECK (kind IN ('PERSON', 'FAMILY')),
    group_code  varchar(40)  NOT NULL REFERENCES target_group (code),
    name_it     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    description text         NOT NULL,
    sort_order  integer      NOT NULL DEFAULT 0
);

-- Demand: people or families of a target living in a section, per period. The largest table
-- (sections x 111 targets x periods) is bulk-loaded by COPY: its references are resolved by the importer
-- inside the loading transaction instead of by per-row foreign-key triggers, which made a city's load
-- seven times slower. The key leads with the target because maps and analytics read one target at a time.
CREATE TABLE demand (
    target_id   bigint           NOT NULL,
    period      varchar(20)      NOT NULL,
    section_id  bigint           NOT NULL,
    value       double precision NOT NULL CHECK (value >= 0),
    source      varchar(20)      NOT NULL CHECK (source IN ('CENSUS', 'ESTIMATED', 'REGISTER', 'SYNTHETIC')),
    batch_id    bigint           NOT NULL,
    PRIMARY KEY (target_id, period, section_id)
);
CREATE INDEX demand_section_idx ON demand (section_id);

-- How a batch obtained each target's demand: the formula over census columns and the method in words.
CREATE TABLE demand_method (
    batch_id   bigint       NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    target_id  bigint       NOT NULL REFERENCES target (id),
    source     varchar(20)  NOT NULL,
    formula    varchar(500) NOT NULL,
    method     varchar(500),
    PRIMARY KEY (batch_id, target_id)
);

-- Supply.
CREATE TABLE service_category (
    code        varchar(40)  PRIMARY KEY,
    name_it     varchar(200) NOT NULL,
    name_en     varchar(200) NOT NULL,
    sort_order  integer      NOT NULL DEFAULT 0
);

CREATE TABLE service_type (
    id            bigserial PRIMARY KEY,
    code          varchar(60)  NOT NULL UNIQUE,
    category_code varchar(40)  NOT NULL REFERENCES service_category (code),
    name_it       varchar(200) NOT NULL,
    name_en       varchar(200) NOT NULL,
    description   text         NOT NULL,
    delivery      varchar(10)  NOT NULL CHECK (delivery IN ('SITE', 'HOME', 'REMOTE', 'MIXED'))
);

CREATE TABLE service_type_target (
    service_type_id bigint NOT NULL REFERENCES service_type (id) ON DELETE CASCADE,
    target_id       bigint NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    PRIMARY KEY (service_type_id, target_id)
);

CREATE TABLE organisation (
    id        bigserial PRIMARY KEY,
    code      varchar(60)  NOT NULL UNIQUE,
    name      varchar(300) NOT NULL,
    type      varchar(20)  NOT NULL CHECK (type IN ('PUBLIC', 'THIRD_SECTOR', 'PRIVATE')),
    sector    varchar(100),
    tax_code  varchar(20),
    batch_id  bigint REFERENCES import_batch (id)
);

CREATE TABLE facility (
    id              bigserial PRIMARY KEY,
    code            varchar(60)  NOT NULL UNIQUE,
    name            varchar(300) NOT NULL,
    address         varchar(300),
    organisation_id bigint REFERENCES organisation (id),
    geom            geometry(Point, 4326) NOT NULL,
    status          varchar(20)  NOT NULL CHECK (status IN ('OPEN', 'PLANNED', 'SUSPENDED', 'CLOSED')),
    opened_on       date,
    closed_on       date,
    section_id      bigint REFERENCES census_section (id),
    batch_id        bigint REFERENCES import_batch (id)
);
CREATE INDEX facility_geom_idx ON facility USING gist (geom);
CREATE INDEX facility_organisation_idx ON facility (organisation_id);

CREATE TABLE facility_service (
    id              bigserial PRIMARY KEY,
    facility_id     bigint NOT NULL REFERENCES facility (id) ON DELETE CASCADE,
    service_type_id bigint NOT NULL REFERENCES service_type (id),
    capacity_places integer CHECK (capacity_places >= 0),
    staff_fte       numeric(8, 2) CHECK (staff_fte >= 0),
    batch_id        bigint REFERENCES import_batch (id),
    UNIQUE (facility_id, service_type_id)
);
CREATE INDEX facility_service_type_idx ON facility_service (service_type_id);

CREATE TABLE facility_service_target (
    facility_service_id bigint NOT NULL REFERENCES facility_service (id) ON DELETE CASCADE,
    target_id           bigint NOT NULL REFERENCES target (id),
    PRIMARY KEY (facility_service_id, target_id)
);
