-- Public places (schools, libraries, pharmacies, ...) where a target group can be reached: the candidate
-- locations of outreach. Imported by kind; re-importing a file updates its places by (kind, code).
CREATE TABLE public_place (
    id        bigserial PRIMARY KEY,
    kind      varchar(30)  NOT NULL,
    code      varchar(60)  NOT NULL,
    name      varchar(300) NOT NULL,
    address   varchar(300),
    geom      geometry(Point, 4326) NOT NULL,
    batch_id  bigint REFERENCES import_batch (id),
    UNIQUE (kind, code)
);
CREATE INDEX public_place_geom_idx ON public_place USING gist (geom);
