-- The street network imported for travel along streets: one network at a time (a new import replaces it),
-- already noded and reduced to its largest connected piece. pt is the node in the city's metric CRS (set by
-- the importer from wi.city.metric-srid), for nearest-node snapping by KNN; geom is for maps.
CREATE TABLE street_network (
    batch_id          bigint PRIMARY KEY REFERENCES import_batch (id),
    metric_srid       integer          NOT NULL,
    lines_read        integer          NOT NULL,
    nodes             integer          NOT NULL,
    edges             integer          NOT NULL,
    kilometres        double precision NOT NULL,
    components        integer          NOT NULL,
    dropped_edges     integer          NOT NULL,
    dropped_kilometres double precision NOT NULL
);

CREATE TABLE street_node (
    id   integer PRIMARY KEY,
    pt   geometry(Point)       NOT NULL,
    geom geometry(Point, 4326) NOT NULL
);
CREATE INDEX street_node_pt_idx ON street_node USING gist (pt);

-- Undirected edges: walking goes both ways. metres is the length along the line in the metric CRS.
CREATE TABLE street_edge (
    id     integer PRIMARY KEY,
    source integer               NOT NULL REFERENCES street_node (id),
    target integer               NOT NULL REFERENCES street_node (id),
    metres double precision      NOT NULL CHECK (metres > 0),
    geom   geometry(LineString, 4326) NOT NULL
);
CREATE INDEX street_edge_source_idx ON street_edge (source);
CREATE INDEX street_edge_target_idx ON street_edge (target);
