-- Rate limits (sign-in, sign-in links, guest RSVPs, subscriptions) kept in the database, so every
-- server counts the same attempts and a restart forgets none. One row per bucket: Bucket4j's
-- serialised state, locked with SELECT ... FOR UPDATE while an attempt is counted. expires_at
-- (epoch milliseconds) is when the bucket is full again; after that the row says nothing and a
-- scheduled job deletes it.
create table rate_limit_bucket (
    bucket_key varchar(300) not null primary key,
    state      bytea,
    expires_at bigint       not null default 0
);
create index rate_limit_bucket_expiry on rate_limit_bucket (expires_at);

-- ShedLock: a scheduled job that must run on one server at a time (digests, retention, event
-- retries, the bucket clean-up) takes its row here first; the others skip that run.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
