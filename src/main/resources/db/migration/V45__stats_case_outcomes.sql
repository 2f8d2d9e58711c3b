-- The statistics' copy of the cases' outcomes, counted on the day they were recorded for the responsible deputy
create table stat_case_outcome (
    case_id    bigint        not null,
    position   int           not null,
    station_id bigint        not null,
    scope_key  varchar(400)  not null,
    deputy_id  bigint,
    day        date          not null,
    indicator  varchar(20)   not null,
    unit       varchar(6)    not null,
    amount     numeric(14,2) not null,
    primary key (case_id, position)
);
create index stat_case_outcome_deputy on stat_case_outcome (deputy_id, day);
