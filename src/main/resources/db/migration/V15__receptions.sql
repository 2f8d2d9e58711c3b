-- Module receptions: reception days (接待日) of stations and their duty rosters, receptions held, and deputies'
-- activities (民情恳谈会 and the "5+1" visits). Station, deputy, block and case ids are the other modules' ids.
--
-- Reception days are not stored: they are computed when read from the station's rules and the working calendar,
-- so a change of holidays moves them at once. Only what people decide about one day is stored (cancelled or moved,
-- who is on duty), keyed by the date the rules give for that day.

-- A station's rules; a station without a row follows the default (the 15th of every month and every Monday).
create table reception_rules (
    station_id bigint      primary key,
    month_days int[]       not null, -- days of the month, 1–28
    weekdays   int[]       not null, -- ISO days of the week, 1 = Monday
    updated_by bigint      not null,
    updated_at timestamptz not null
);

-- One reception day cancelled or moved, with the notice shown to the public.
create table reception_exception (
    station_id   bigint       not null,
    scheduled    date         not null, -- the day as the rules give it (already moved off a day off)
    action       varchar(10)  not null check (action in ('CANCELLED', 'MOVED')),
    moved_to     date,
    notice       varchar(200) not null,
    created_by   bigint       not null,
    created_at   timestamptz  not null,
    primary key (station_id, scheduled),
    check ((action = 'MOVED') = (moved_to is not null))
);

-- Who receives residents on a reception day.
create table reception_duty (
    station_id bigint not null,
    scheduled  date   not null,
    deputy_id  bigint not null,
    primary key (station_id, scheduled, deputy_id)
);
create index reception_duty_deputy on reception_duty (deputy_id, scheduled);

-- A reception held at a station: on a reception day, or on another day for a stated reason.
create table reception (
    id                 bigserial     primary key,
    station_id         bigint        not null,
    day                date          not null,
    scheduled          date,            -- the reception day it was held for; null for an extra reception
    extra_reason       varchar(200),
    residents_received int           not null check (residents_received >= 0),
    notes              varchar(2000),
    recorded_by        bigint        not null,
    recorded_by_name   varchar(100)  not null,
    recorded_at        timestamptz   not null,
    unique (station_id, day),
    check (scheduled is not null or extra_reason is not null)
);

create table reception_deputy (
    reception_id bigint not null references reception (id),
    deputy_id    bigint not null,
    primary key (reception_id, deputy_id)
);
create index reception_deputy_deputy on reception_deputy (deputy_id);

-- An activity of deputies: a forum (民情恳谈会) or a visit into the station, a block, a compound, a chat group, a home.
create table activity (
    id               bigserial     primary key,
    station_id       bigint        not null,
    kind             varchar(16)   not null check (kind in ('FORUM', 'STATION', 'BLOCK', 'COMPOUND', 'CHAT_GROUP', 'HOME')),
    day              date          not null,
    topic            varchar(100),
    place            varchar(100)  not null,
    block_id         bigint,
    attendance       int           not null check (attendance >= 0),
    summary          varchar(2000) not null,
    recorded_by      bigint        not null,
    recorded_by_name varchar(100)  not null,
    recorded_at      timestamptz   not null
);
create index activity_station_day on activity (station_id, day desc);

create table activity_deputy (
    activity_id bigint not null references activity (id),
    deputy_id   bigint not null,
    primary key (activity_id, deputy_id)
);
create index activity_deputy_deputy on activity_deputy (deputy_id);

create table activity_photo (
    activity_id bigint not null references activity (id),
    position    int    not null,
    file_id     uuid   not null,
    primary key (activity_id, position)
);

-- What came of an activity, in figures: 挽回经济损失 12000 元, 安装路灯 8 盏 …
create table activity_outcome (
    activity_id bigint        not null references activity (id),
    position    int           not null,
    indicator   varchar(20)   not null,
    unit        varchar(6)    not null,
    amount      numeric(14,2) not null check (amount > 0),
    primary key (activity_id, position)
);

-- Issues raised at a reception or an activity, entered as cases of the closed loop.
create table reception_case (
    reception_id bigint      not null references reception (id),
    case_id      bigint      not null unique,
    ticket       varchar(24) not null,
    excerpt      varchar(100) not null,
    primary key (reception_id, case_id)
);

create table activity_case (
    activity_id bigint      not null references activity (id),
    case_id     bigint      not null unique,
    ticket      varchar(24) not null,
    excerpt     varchar(100) not null,
    primary key (activity_id, case_id)
);
