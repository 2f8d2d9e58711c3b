-- Module cases: after each day, every street's timeline events of that day are sealed together (HMAC-SHA-256 under a
-- timeline key, chained to the street's previous day) and published at /cases/seals, so a later rewrite shows from
-- outside the database.
create table timeline_day_seal (
    street_id     bigint      not null,
    day           date        not null,
    events        int         not null,
    last_event_id bigint      not null,
    prev_digest   varchar(64) not null,
    key_id        smallint    not null,
    digest        varchar(64) not null,
    sealed_at     timestamptz not null,
    primary key (street_id, day)
);
create index case_event_occurred_at on case_event (occurred_at);
