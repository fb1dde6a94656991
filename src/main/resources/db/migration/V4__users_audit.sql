-- Accounts, organisation membership, contributions awaiting review, and the append-only audit log.

-- Sign-in accounts. Passwords are stored only as encoded hashes ({bcrypt}...); lockout after repeated
-- failures is kept on the row so that it holds across restarts and instances.
CREATE TABLE app_user (
    id               bigserial PRIMARY KEY,
    username         varchar(100) NOT NULL UNIQUE,
    password_hash    varchar(200) NOT NULL,
    display_name     varchar(200),
    email            varchar(200),
    enabled          boolean      NOT NULL DEFAULT true,
    -- demo accounts exist only beside the synthetic sample city
    demo             boolean      NOT NULL DEFAULT false,
    failed_attempts  integer      NOT NULL DEFAULT 0,
    locked_until     timestamptz,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    last_login_at    timestamptz
);

CREATE TABLE app_user_role (
    user_id  bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     varchar(20) NOT NULL CHECK (role IN ('ADMIN', 'PLANNER', 'ORGANISATION', 'FOUNDATION')),
    PRIMARY KEY (user_id, role)
);

-- Which organisation an account acts for. A separate table so that replacing the organisations
-- (a re-import, a clean-up) drops memberships without touching the accounts themselves.
CREATE TABLE organisation_member (
    user_id          bigint PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    organisation_id  bigint NOT NULL REFERENCES organisation (id) ON DELETE CASCADE
);
CREATE INDEX organisation_member_organisation_idx ON organisation_member (organisation_id);

-- Files an organisation submits; they become shared data only after a planner approves them.
CREATE TABLE contribution (
    id               bigserial PRIMARY KEY,
    organisation_id  bigint       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    kind             varchar(30)  NOT NULL,
    file_name        varchar(300) NOT NULL,
    content          bytea        NOT NULL,
    note             varchar(1000),
    status           varchar(20)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_by     varchar(100) NOT NULL,
    submitted_at     timestamptz  NOT NULL DEFAULT now(),
    reviewed_by      varchar(100),
    reviewed_at      timestamptz,
    review_note      varchar(1000),
    batch_id         bigint REFERENCES import_batch (id) ON DELETE SET NULL
);
CREATE INDEX contribution_status_idx ON contribution (status, submitted_at);

-- Who read or exported which restricted data, when, and with which parameters. Append-only: a trigger
-- refuses UPDATE, DELETE and TRUNCATE so that not even the application can rewrite history.
CREATE TABLE audit_event (
    id           bigserial PRIMARY KEY,
    at           timestamptz  NOT NULL DEFAULT now(),
    username     varchar(100) NOT NULL,
    roles        varchar(200) NOT NULL,
    client_ip    varchar(64),
    method       varchar(10)  NOT NULL,
    dataset      varchar(30)  NOT NULL,
    path         varchar(500) NOT NULL,
    parameters   varchar(2000),
    status       integer      NOT NULL
);
CREATE INDEX audit_event_at_idx ON audit_event (at DESC);
CREATE INDEX audit_event_username_idx ON audit_event (username, at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
