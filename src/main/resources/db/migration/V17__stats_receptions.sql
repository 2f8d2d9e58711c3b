-- Module stats: its copy of receptions held and deputies' activities, from their events, for the public figures.
create table stat_reception (
    reception_id     bigint primary key,
    station_id       bigint       not null,
    street_id        bigint       not null,
    scope_key        varchar(400) not null,
    day              date         not null,
    on_reception_day boolean      not null,
    residents        int          not null,
    deputy_ids       bigint[]     not null
);
create index stat_reception_scope_day on stat_reception (scope_key varchar_pattern_ops, day);

create table stat_activity (
    activity_id bigint primary key,
    station_id  bigint       not null,
    street_id   bigint       not null,
    scope_key   varchar(400) not null,
    kind        varchar(16)  not null,
    day         date         not null,
    block_id    bigint,
    attendance  int          not null,
    deputy_ids  bigint[]     not null
);
create index stat_activity_scope_day on stat_activity (scope_key varchar_pattern_ops, day);

create table stat_outcome (
    activity_id bigint        not null references stat_activity (activity_id),
    position    int           not null,
    indicator   varchar(20)   not null,
    unit        varchar(6)    not null,
    amount      numeric(14,2) not null,
    primary key (activity_id, position)
);
