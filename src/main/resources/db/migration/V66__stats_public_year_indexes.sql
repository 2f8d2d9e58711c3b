-- /stats for a year reads, for all stations or one, a year of rows that are a dozen a station (the all-cases and station
-- months, issues solved per month) or one a reception day or activity: from these indexes alone, in the year's range,
-- instead of the wide monthly rows' pages (16,000 pages for a year of 2,000 streets, 1.8 s when not in memory) or every
-- year's receptions and activities (a scan of all of them: 190-270 ms each at 2,000 stations over ten years).
create index stat_monthly_public on stat_monthly (dim, dim_id, month)
    include (scope_key, received, evaluated, satisfied, basically_satisfied, followed_up);
create index stat_solved_month on stat_solved (month) include (station_id, scope_key, solved);
create index stat_reception_day on stat_reception (day) include (station_id, scope_key, residents, deputy_ids);
create index stat_activity_day on stat_activity (day) include (station_id, scope_key, kind, attendance);
