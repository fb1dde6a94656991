-- Request budgets (sign-in attempts per address, heavy requests per account) as token buckets shared by every
-- application node. updated_at is in epoch seconds; a bucket untouched for a minute is full and is deleted.
CREATE TABLE rate_limit_bucket (
    budget     varchar(40)      NOT NULL,
    client     varchar(200)     NOT NULL,
    tokens     double precision NOT NULL,
    updated_at double precision NOT NULL,
    granted    boolean          NOT NULL,
    PRIMARY KEY (budget, client)
);
