-- How many deputies and blocks a region's year has rows for (received or closed not both 0), so a page of its largest
-- (stat_region_yearly) says how many it leaves out without counting them: a province's year has 100,000 deputies and
-- 96,000 blocks, 60-150 ms to count from the index. Kept with the rows by the same statement (a row that gains or loses
-- its last case adds or takes one); striped over slots like the rows it counts, as a new deputy's first case of the
-- year writes it.
create table stat_region_year_rows (
    scope_key varchar(400) not null,
    dim       smallint     not null,
    year      smallint     not null,
    slot      smallint     not null default 0,
    rows      int          not null default 0,
    primary key (scope_key, dim, year, slot)
);

insert into stat_region_year_rows (scope_key, dim, year, slot, rows)
select scope_key, dim, year, 0, count(*) from stat_region_yearly
where dim_id <> 0 and (received <> 0 or closed <> 0)
group by scope_key, dim, year;
