-- The dashboards' and the yearly report's breakdowns by deputy and by block of a whole region for a year, kept per region
-- (its scope key; '' for everywhere) instead of per street: a province's year by deputy summed 100,000 street rows
-- (0.8 s) to list 200 of them. Here a page reads the region's 200 largest in the order of an index, and counts the rest
-- from it. Every change that counts received or closed adds to the rows of the case's street and of every region above
-- it. A deputy or block is one row per region and year (only its own cases write it); the "none" row (dim_id 0: no
-- deputy yet, no block) is written by every such case of the region, so it alone is striped over slots as stat_yearly is.
create table stat_region_yearly (
    scope_key varchar(400) not null,
    dim       smallint     not null,
    year      smallint     not null,
    dim_id    bigint       not null,
    slot      smallint     not null default 0,
    received  int          not null default 0,
    closed    int          not null default 0,
    primary key (scope_key, dim, year, dim_id, slot)
);

-- Filled from the street rows already there (dims 2 deputy and 4 block), each counted for its street's scope key and
-- every prefix of it.
insert into stat_region_yearly (scope_key, dim, year, dim_id, slot, received, closed)
select left(y.scope_key, pos), y.dim, y.year, y.dim_id, 0, sum(y.received), sum(y.closed)
from stat_yearly y, generate_series(0, length(y.scope_key)) pos
where y.dim in (2, 4) and (pos = 0 or (pos > 1 and substr(y.scope_key, pos, 1) = '/'))
group by left(y.scope_key, pos), y.dim, y.year, y.dim_id;

-- The largest first, the "none" row apart (read by its key); received and closed in the index, so the page's rows and the
-- count of the rest are read from it alone.
create index stat_region_yearly_largest on stat_region_yearly (scope_key, dim, year, received desc, dim_id) include (closed)
    where dim_id <> 0;
