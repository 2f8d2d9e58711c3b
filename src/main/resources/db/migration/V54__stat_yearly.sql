-- Yearly roll-up of the two counters the dashboard's and the yearly report's breakdowns show (received, closed), per
-- street, dimension and slot, written with the monthly rows: a province's year by deputy or block is ten thousand rows
-- here against a hundred and twenty thousand monthly ones. The whole years of a period are read from it, the months
-- at its edges from stat_monthly. Filled from the monthly rows already there.
create table stat_yearly (
    year      smallint     not null,
    street_id bigint       not null,
    scope_key varchar(400) not null,
    dim       smallint     not null,
    dim_id    bigint       not null,
    slot      smallint     not null default 0,
    received  int          not null default 0,
    closed    int          not null default 0,
    primary key (year, street_id, dim, dim_id, slot)
);
create index stat_yearly_slices on stat_yearly (dim, year, scope_key varchar_pattern_ops) include (dim_id, received, closed);
insert into stat_yearly (year, street_id, scope_key, dim, dim_id, slot, received, closed)
select extract(year from month), street_id, min(scope_key), dim, dim_id, slot, sum(received), sum(closed)
from stat_monthly group by extract(year from month), street_id, dim, dim_id, slot;
