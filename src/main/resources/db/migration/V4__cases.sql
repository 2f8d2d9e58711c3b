-- Module cases: what residents wrote (the message) and how it is handled (the case).
create sequence case_ticket_seq;

create table cases (
    id               bigserial primary key,
    ticket           varchar(24)   not null unique,
    -- sha-256 of ticket and the secret query code; the code itself is never stored
    query_code_hash  varchar(64)   not null,
    channel          varchar(16)   not null,
    deputy_id        bigint,          -- null: addressed to the station's pool
    station_id       bigint        not null,
    street_id        bigint        not null, -- data scope of the street's committee
    category_id      bigint        not null,
    block_id         bigint,
    message_text     varchar(2000) not null,
    public_text      varchar(2000),   -- the reviewed, redacted text shown in public
    wants_public     boolean       not null,
    resident_name    varchar(50),
    resident_phone   varchar(20),
    contact_verified boolean       not null default false,
    state            varchar(24)   not null,
    submitted_at     timestamptz   not null,
    updated_at       timestamptz   not null,
    -- a random key from the resident's form, so a double tap or a resent form makes one case, not two
    submission_key   varchar(40)   unique,
    version          int           not null default 0
);
create index cases_street_state on cases (street_id, state);
create index cases_deputy_state on cases (deputy_id, state);
create index cases_station_state on cases (station_id, state);

create table case_photo (
    case_id  bigint not null references cases (id),
    position int    not null,
    file_id  uuid   not null,
    primary key (case_id, position)
);

-- The timeline: append-only, each event chained to the previous one by hash.
create table case_event (
    id            bigserial primary key,
    case_id       bigint       not null references cases (id),
    seq           int          not null,
    type          varchar(32)  not null,
    actor_role    varchar(16)  not null,
    actor_user_id bigint,
    actor_name    varchar(100),
    occurred_at   timestamptz  not null,
    body          varchar(4000),
    public        boolean      not null,
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null,
    unique (case_id, seq)
);

create function case_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only: % is not allowed', tg_op;
end $$;
create trigger case_event_append_only before update or delete on case_event
    for each row execute function case_event_is_append_only();
