-- bench/province, beside step 3: the reception days (one a month per station) and activities (two a month) with their
-- statistics, and their counts in the deputies' league. Needs only the reference data, so it runs as a job of its own
-- once the streams are stored, beside the roll-ups (bench/province-after.sql), whose one session was the last to end:
-- at 10,000,000 cases it ran 1,581 s while the second core idled for its last 358.
\set ON_ERROR_STOP on
\timing on

-- reception days (one a month per station) and activities (two a month), with their statistics
create unlogged table bench_station as
select r.station_id, r.street_id, r.path, r.deputies, r.blocks from bench_refs r where r.t > 0;
insert into reception (station_id, day, scheduled, residents_received, notes, recorded_by, recorded_by_name, recorded_at)
select s.station_id, d::date, d::date, 3 + (s.station_id + m) % 12, '接待群众，记录诉求。', (select id from staff_user where username = 'admin'), (select display_name from staff_user where username = 'admin'),
       d + interval '18 hours'
from bench_station s
cross join generate_series(0, :years * 12 - 1) m
cross join lateral (select (date_trunc('month', now()) - m * interval '1 month' + interval '14 days')::date as d) x
where x.d < current_date;
insert into reception_deputy (reception_id, deputy_id)
select r.id, s.deputies[1 + (r.id + k) % cardinality(s.deputies)]
from reception r join bench_station s on s.station_id = r.station_id cross join generate_series(0, 1) k
on conflict do nothing;
insert into stat_reception (reception_id, station_id, street_id, scope_key, day, on_reception_day, residents, deputy_ids)
select r.id, r.station_id, s.street_id, s.path, r.day, true, r.residents_received,
       array(select deputy_id from reception_deputy x where x.reception_id = r.id)
from reception r join bench_station s on s.station_id = r.station_id;
insert into activity (station_id, kind, day, topic, place, block_id, attendance, summary, recorded_by, recorded_by_name, recorded_at)
select s.station_id, (array['FORUM', 'STATION', 'BLOCK', 'COMPOUND', 'CHAT_GROUP', 'HOME'])[1 + (m + half) % 6], x.d, '民情恳谈',
       '压测社区活动室', s.blocks[1 + m % cardinality(s.blocks)], 10 + (m * 7 + s.station_id) % 40, '听取群众意见建议。',
       (select id from staff_user where username = 'admin'), (select display_name from staff_user where username = 'admin'), x.d + interval '18 hours'
from bench_station s
cross join generate_series(0, :years * 12 - 1) m
cross join generate_series(0, 1) half
cross join lateral (select (date_trunc('month', now()) - m * interval '1 month' + (3 + half * 14) * interval '1 day')::date as d) x
where x.d < current_date;
insert into activity_deputy (activity_id, deputy_id)
select a.id, s.deputies[1 + (a.id * 3 + k) % cardinality(s.deputies)]
from activity a join bench_station s on s.station_id = a.station_id cross join generate_series(0, 2) k
on conflict do nothing;
insert into stat_activity (activity_id, station_id, street_id, scope_key, kind, day, block_id, attendance, deputy_ids)
select a.id, a.station_id, s.street_id, s.path, a.kind, a.day, a.block_id, a.attendance,
       array(select deputy_id from activity_deputy x where x.activity_id = a.id)
from activity a join bench_station s on s.station_id = a.station_id;

-- their counts in the deputies' league (bench/province-after.sql adds the cases' counts to the same rows)
select to_regclass('stat_deputy_year') is not null as has_deputy_year \gset
\if :has_deputy_year
insert into stat_deputy_year as y (year, deputy_id, scope_key, receptions)
select extract(year from r.day), d, min(r.scope_key), count(*)
from stat_reception r join bench_station s on s.station_id = r.station_id, unnest(r.deputy_ids) d
group by 1, 2
order by 1, 2 -- the same order as the other job's upserts into these rows: no deadlock
on conflict (year, deputy_id) do update set receptions = y.receptions + excluded.receptions;
insert into stat_deputy_year as y (year, deputy_id, scope_key, activities)
select extract(year from a.day), d, min(a.scope_key), count(*)
from stat_activity a join bench_station s on s.station_id = a.station_id, unnest(a.deputy_ids) d
group by 1, 2
order by 1, 2 -- the same order as the other job's upserts into these rows: no deadlock
on conflict (year, deputy_id) do update set activities = y.activities + excluded.activities;
\endif

drop table bench_station;
\timing off
