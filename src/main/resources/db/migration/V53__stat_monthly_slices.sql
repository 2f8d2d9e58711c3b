-- The dashboard's and the yearly report's breakdowns (by deputy, block, category, station, channel) sum every roll-up
-- row of one dimension over the chosen months. Those rows lie scattered over the table (each street's month keeps all
-- its dimensions together), so a province's year read ten thousand pages for seventeen thousand rows: the sums now come
-- from this index alone. Only the two counters the breakdowns show are in it, so the other counters' updates stay HOT.
create index stat_monthly_slices on stat_monthly (dim, month, scope_key varchar_pattern_ops) include (dim_id, received, closed);
