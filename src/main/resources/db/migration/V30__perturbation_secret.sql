-- The installation's secret behind the deterministic noise of drawn-zone figures (privacy module).
-- Created once by the application with a cryptographic random generator; never exported.
CREATE TABLE perturbation_secret (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea    NOT NULL CHECK (length(secret) >= 32)
);
