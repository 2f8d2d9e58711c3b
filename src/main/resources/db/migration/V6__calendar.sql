-- Module calendar: the working-day calendar of mainland China and the deadline settings.

-- Days that differ from the weekday rule (Monday to Friday worked, Saturday and Sunday off):
-- statutory holidays (off whatever the weekday) and adjusted working days (调休: a Saturday or Sunday worked).
create table calendar_day (
    day        date        primary key,
    kind       varchar(20) not null check (kind in ('HOLIDAY', 'ADJUSTED_WORKDAY')),
    -- the holiday the day belongs to: 春节, 国庆节 …
    name       varchar(20) not null check (btrim(name) <> ''),
    updated_at timestamptz not null default now(),
    updated_by varchar(50),
    check (kind <> 'ADJUSTED_WORKDAY' or extract(isodow from day) in (6, 7))
);

-- Deadline settings saved by an administrator; a missing row means the default from the properties.
-- setting: a stage (REVIEW, FIRST_REPLY, ASSIGNMENT, RESIDENT_REPLY) or DUE_SOON (the warning threshold).
create table deadline_setting (
    setting      varchar(20) primary key
                 check (setting in ('REVIEW', 'FIRST_REPLY', 'ASSIGNMENT', 'RESIDENT_REPLY', 'DUE_SOON')),
    working_days int         not null check (working_days between 0 and 60),
    updated_at   timestamptz not null default now(),
    updated_by   varchar(50)
);

-- One row, bumped in the same transaction as every change to the two tables above: each instance keeps
-- them in memory and reloads them when it sees a new version (and the row lock serialises administrators).
create table calendar_version (
    id         int         primary key check (id = 1),
    version    bigint      not null,
    updated_at timestamptz not null default now()
);
insert into calendar_version (id, version) values (1, 1);
