-- The public wall's counts per state, category, deputy and block (V65), made again from the cases: the generators store
-- their cases with triggers off (the counting trigger, once per row, is far too slow for a million rows in one
-- transaction). Included by bench/province-end.sql and bench/search.sql; a jar before V65 has no such table.
select to_regclass('wall_count') is not null as has_wall_count \gset
\if :has_wall_count
truncate wall_count;
insert into wall_count (dim, dim_id, state, slot, cases)
select d, i, state, 0, count(*)
from cases c, unnest(array[0, 1, 2, 3], array[0, c.category_id, coalesce(c.deputy_id, 0), coalesce(c.block_id, 0)]) as x(d, i)
where c.is_public
group by d, i, state;
\endif
