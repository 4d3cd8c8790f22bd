-- Token buckets of the rate limits (decision 54), written by Bucket4j; the key is a SHA-256, never an address or email.
create table rate_limit (
    id         varchar(64) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_expires on rate_limit (expires_at);
