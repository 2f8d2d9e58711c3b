-- Module platform: limits on what an anonymous client can repeat, kept here so they hold across instances.
-- Counters per fixed window (messages per address, wrong query codes per ticket …).
create table rate_limit_counter (
    bucket       varchar(32)  not null,
    key          varchar(128) not null,
    window_start timestamptz  not null,
    hits         int          not null,
    primary key (bucket, key, window_start)
);
-- Attempts in a row without success (sign-in), for delays that grow after each failure.
create table rate_limit_attempt (
    bucket   varchar(32)  not null,
    key      varchar(128) not null,
    failures int          not null,
    last_at  timestamptz  not null,
    primary key (bucket, key)
);
