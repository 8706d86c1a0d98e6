-- Sign-in and password-reset throttles shared by several nodes (#20): Bucket4j's PostgreSQL store, one row per
-- throttled key (its id a SHA-256 in hex: no e-mail or address is kept), the bucket's state, and when it is full
-- again (milliseconds since 1970), after which the row is removed. Created everywhere so that every database has one
-- schema; used only with libpartners.nodes.several=true.
create table throttle_bucket (
    id         varchar(64) not null primary key,
    state      bytea,
    expires_at bigint
);
create index throttle_bucket_expires on throttle_bucket (expires_at);
