-- Module open311: keys of the platforms allowed to post service requests (a 12345 portal, a mini-program).
-- Only a hash of the key is kept; the key itself is shown once when issued.
create table open311_api_key (
    id              bigserial primary key,
    name            varchar(100) not null,
    key_hash        varchar(64)  not null unique,
    -- posts allowed per hour; more are answered 429
    hourly_limit    int          not null check (hourly_limit between 1 and 100000),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    revoked_at      timestamptz,
    last_used_at    timestamptz
);
