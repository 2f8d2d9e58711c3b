-- Module signs: how often printed codes are scanned, and deputies' codes that were replaced.

-- One row per code and day (China time); nothing about who scanned.
create table sign_scan (
    kind      varchar(8) not null check (kind in ('DEPUTY', 'STATION')),
    target_id bigint     not null,
    day       date       not null,
    scans     integer    not null default 0,
    primary key (kind, target_id, day)
);

-- A deputy's replaced code (lost or defaced signs) leads to their current page until redirect_until,
-- and is never handed out again.
create table sign_retired_code (
    code           varchar(16) primary key,
    deputy_id      bigint      not null,
    retired_at     timestamptz not null default now(),
    redirect_until date        not null
);
create index sign_retired_code_deputy on sign_retired_code (deputy_id);
