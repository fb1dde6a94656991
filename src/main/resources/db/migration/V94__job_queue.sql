-- Background jobs (location planning, routing) shared by every application node: any node may claim a queued
-- job (FOR UPDATE SKIP LOCKED), works it under a lease it renews while the job runs, and writes its progress and
-- result here, so that any node can show the job. A lease that runs out (its node stopped) puts the job back in
-- the queue until it has been started max_attempts times. Cancelling ends the row at once (CANCELLED); the working
-- node sees it at its next lease renewal and stops. Times are the database's, the same for all nodes.
CREATE TABLE job (
    id               varchar(36)      PRIMARY KEY,
    kind             varchar(40)      NOT NULL,
    owner            varchar(200)     NOT NULL,
    parameters       jsonb            NOT NULL,
    state            varchar(10)      NOT NULL DEFAULT 'QUEUED'
                     CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    progress         double precision NOT NULL DEFAULT 0,
    message          text             NOT NULL DEFAULT 'waiting for a free solver',
    error            text,
    -- json, not jsonb: a result is written once and read whole, often megabytes of arrays
    result           json,
    attempts         integer          NOT NULL DEFAULT 0,
    max_attempts     integer          NOT NULL CHECK (max_attempts >= 1),
    lease_owner      varchar(200),
    lease_expires_at timestamptz,
    created_at       timestamptz      NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz
);

CREATE INDEX job_waiting ON job (kind, created_at) WHERE state = 'QUEUED';
CREATE INDEX job_leased ON job (lease_expires_at) WHERE state = 'RUNNING';
CREATE INDEX job_finished ON job (kind, finished_at) WHERE finished_at IS NOT NULL;
