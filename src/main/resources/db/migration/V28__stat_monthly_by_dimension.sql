-- A deputy's (or any one dimension's) roll-up rows without going through the scope: the deputy's public page reads
-- a year of them on every view.
create index stat_monthly_dimension on stat_monthly (dim, dim_id, month);
