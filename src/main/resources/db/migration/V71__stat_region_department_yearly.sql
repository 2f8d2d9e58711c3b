-- The dashboards' and the yearly report's departments of a whole region for a year, kept per region (its scope key; ''
-- for everywhere) instead of per street and month: a province's year summed 291,000 rows (0.8 s) for 13,500 departments
-- of which a page lists 200. Here a page reads the region's 200 most dispatched in the order of an index, the count of
-- the rest from it, and the all-departments row (department_id 0) for the totals. Written with the street's monthly row
-- for the case's street and every region above it; the all-departments row is written by every assignment of the
-- region, so it alone is striped over slots as stat_yearly is.
create table stat_region_department_yearly (
    scope_key        varchar(400) not null,
    year             smallint     not null,
    department_id    bigint       not null,
    slot             smallint     not null default 0,
    dispatched       int          not null default 0,
    reported         int          not null default 0,
    returned         int          not null default 0,
    done             int          not null default 0,
    done_on_time     int          not null default 0,
    handle_hours_sum double precision not null default 0,
    escalations      int          not null default 0,
    primary key (scope_key, year, department_id, slot)
);

-- Filled from the street rows already there: each department's row and the all-departments row (0), for the street's
-- scope key and every prefix of it.
insert into stat_region_department_yearly (scope_key, year, department_id, slot, dispatched, reported, returned, done,
                                           done_on_time, handle_hours_sum, escalations)
select left(m.scope_key, pos), extract(year from m.month), d, 0, sum(m.dispatched), sum(m.reported), sum(m.returned),
       sum(m.done), sum(m.done_on_time), sum(m.handle_hours_sum), sum(m.escalations)
from stat_department_monthly m, generate_series(0, length(m.scope_key)) pos, unnest(array[m.department_id, 0]) d
where pos = 0 or (pos > 1 and substr(m.scope_key, pos, 1) = '/')
group by left(m.scope_key, pos), extract(year from m.month), d;

create index stat_region_department_yearly_largest on stat_region_department_yearly (scope_key, year, dispatched desc, department_id)
    include (reported, returned, done, done_on_time, handle_hours_sum, escalations) where department_id <> 0;
