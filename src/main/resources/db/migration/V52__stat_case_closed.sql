-- Issues solved in a year (/stats, the yearly report) count the cases first answered in it, per station: read from
-- this index alone instead of every case received before the year's end.
create index stat_case_closed on stat_case (closed_at) include (station_id, scope_key) where closed_at is not null;
