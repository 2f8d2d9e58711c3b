-- bench/province, step 3 of 3, once the streams of stat_case and assignment are stored (bench/province runs it while
-- the other streams and the index builds go on): set-wise from the loaded rows, the statistics module's monthly and yearly roll-ups as its listeners would have written them,
-- and the two administrators the bench signs in as (the reception days and activities: bench/province-activities.sql).
\set ON_ERROR_STOP on
\timing on

-- monthly roll-ups: every counter in the month of the case, per street and dimension; histograms of hours (19 buckets,
-- a bucket counting the bounds below the hours as Histogram.bucket does)
create unlogged table bench_fact as
select c.*, date_trunc('month', c.submitted_at at time zone 'Asia/Shanghai')::date as month,
       extract(epoch from c.closed_at - c.submitted_at) / 3600 as close_hours,
       extract(epoch from c.first_reply_at - c.accepted_at) / 3600 as reply_hours,
       18 - width_bucket(-extract(epoch from c.closed_at - c.submitted_at) / 3600, array[-1440, -1080, -720, -480, -336, -240, -168, -120,
           -96, -72, -48, -36, -24, -12, -8, -4, -2, -1]::float8[]) as cb,
       18 - width_bucket(-extract(epoch from c.first_reply_at - c.accepted_at) / 3600, array[-1440, -1080, -720, -480, -336, -240, -168,
           -120, -96, -72, -48, -36, -24, -12, -8, -4, -2, -1]::float8[]) as rb,
       array_position(array['DEPUTY_CODE', 'STATION_CODE', 'RECEPTION', 'FORUM', 'VISIT', 'CHAT_GROUP', 'PHONE', 'ACTIVITY'], c.channel) - 1 as channel_ordinal
from stat_case c, bench_base b where c.case_id > b.case_base
order by month, c.street_id;
-- read in the order of month and street (the table is written in it, so the sort only checks it), six rows a case
-- for the six dimensions, sorted within the month and street and summed group by group: a few hundred rows in memory at
-- a time instead of a hash table of every group (0.4 GB at 200,000 cases, and bigger than memory at 10,000,000; the
-- hash aggregation took 60 % more CPU at 200,000). Made in a table without indexes first; merged into the rows the demo street already has; the rest stored without
-- stat_monthly's secondary indexes, which are made again afterwards in one pass each (at 100,000 cases, storing the
-- 300,000 rows through four indexes with ON CONFLICT was two thirds of the step: 65 s against 18 s into a bare table)
create unlogged table bench_monthly (like stat_monthly including defaults);
set enable_hashagg = off;
set enable_memoize = off;
set max_parallel_workers_per_gather = 0;
insert into bench_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
                          resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations)
select month, street_id, min(scope_key), dim, dim_id, count(*), count(accepted_at), count(*) filter (where state = 'REJECTED'),
       count(closed_at), coalesce(sum(close_hours), 0),
       array[count(*) filter (where cb = 0), count(*) filter (where cb = 1), count(*) filter (where cb = 2), count(*) filter (where cb = 3),
             count(*) filter (where cb = 4), count(*) filter (where cb = 5), count(*) filter (where cb = 6), count(*) filter (where cb = 7),
             count(*) filter (where cb = 8), count(*) filter (where cb = 9), count(*) filter (where cb = 10), count(*) filter (where cb = 11),
             count(*) filter (where cb = 12), count(*) filter (where cb = 13), count(*) filter (where cb = 14), count(*) filter (where cb = 15),
             count(*) filter (where cb = 16), count(*) filter (where cb = 17), count(*) filter (where cb = 18)]::int[],
       count(first_reply_at), count(*) filter (where reply_hours <= 72), coalesce(sum(reply_hours), 0),
       array[count(*) filter (where rb = 0), count(*) filter (where rb = 1), count(*) filter (where rb = 2), count(*) filter (where rb = 3),
             count(*) filter (where rb = 4), count(*) filter (where rb = 5), count(*) filter (where rb = 6), count(*) filter (where rb = 7),
             count(*) filter (where rb = 8), count(*) filter (where rb = 9), count(*) filter (where rb = 10), count(*) filter (where rb = 11),
             count(*) filter (where rb = 12), count(*) filter (where rb = 13), count(*) filter (where rb = 14), count(*) filter (where rb = 15),
             count(*) filter (where rb = 16), count(*) filter (where rb = 17), count(*) filter (where rb = 18)]::int[],
       count(accepted_at) + count(*) filter (where state = 'REJECTED'), count(accepted_at) + count(*) filter (where state = 'REJECTED'),
       count(closed_at), count(closed_at), count(satisfaction), count(*) filter (where satisfaction = 'SATISFIED'),
       count(*) filter (where satisfaction = 'BASICALLY_SATISFIED'), count(*) filter (where satisfaction = 'UNSATISFIED'),
       count(*) filter (where state = 'REOPENED'), 0
from (select * from bench_fact order by month, street_id) f
cross join lateral (values (0, 0::bigint), (1, f.station_id), (2, coalesce(f.deputy_id, 0)), (3, f.category_id),
                           (4, coalesce(f.block_id, 0)), (5, f.channel_ordinal::bigint)) dims(dim, dim_id)
group by month, street_id, dim, dim_id;
reset enable_hashagg;
reset enable_memoize;
reset max_parallel_workers_per_gather;
-- the yearly rows of the breakdowns' counters, summed from the monthly ones just made (a jar before V54 makes them when
-- it migrates)
select to_regclass('stat_yearly') is not null as has_yearly \gset
\if :has_yearly
insert into stat_yearly (year, street_id, scope_key, dim, dim_id, received, closed)
select extract(year from month), street_id, min(scope_key), dim, dim_id, sum(received), sum(closed)
from bench_monthly
group by extract(year from month), street_id, dim, dim_id
on conflict (year, street_id, dim, dim_id, slot) do update set
    received = stat_yearly.received + excluded.received, closed = stat_yearly.closed + excluded.closed;
\endif
-- stat_monthly emptied and filled again in one transaction, the demo street's rows put back first: written without WAL
-- under the load's wal_level=minimal (the transaction made the table's files), like the streams
begin;
create temp table bench_monthly_kept as select * from stat_monthly;
truncate stat_monthly;
insert into stat_monthly select * from bench_monthly_kept;
insert into stat_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
                          resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations)
select month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
                          resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations from bench_monthly b
where exists (select 1 from stat_monthly m where (m.month, m.street_id, m.dim, m.dim_id, m.slot) = (b.month, b.street_id, b.dim, b.dim_id, 0))
on conflict (month, street_id, dim, dim_id, slot) do update set
    received = stat_monthly.received + excluded.received, accepted = stat_monthly.accepted + excluded.accepted,
    rejected = stat_monthly.rejected + excluded.rejected, closed = stat_monthly.closed + excluded.closed,
    close_hours_sum = stat_monthly.close_hours_sum + excluded.close_hours_sum,
    close_hist = array(select a + b from unnest(stat_monthly.close_hist, excluded.close_hist) as x(a, b)),
    first_replies = stat_monthly.first_replies + excluded.first_replies,
    first_reply_on_time = stat_monthly.first_reply_on_time + excluded.first_reply_on_time,
    first_reply_hours_sum = stat_monthly.first_reply_hours_sum + excluded.first_reply_hours_sum,
    first_reply_hist = array(select a + b from unnest(stat_monthly.first_reply_hist, excluded.first_reply_hist) as x(a, b)),
    review_done = stat_monthly.review_done + excluded.review_done, review_on_time = stat_monthly.review_on_time + excluded.review_on_time,
    resident_reply_done = stat_monthly.resident_reply_done + excluded.resident_reply_done,
    resident_reply_on_time = stat_monthly.resident_reply_on_time + excluded.resident_reply_on_time,
    evaluated = stat_monthly.evaluated + excluded.evaluated, satisfied = stat_monthly.satisfied + excluded.satisfied,
    basically_satisfied = stat_monthly.basically_satisfied + excluded.basically_satisfied,
    unsatisfied = stat_monthly.unsatisfied + excluded.unsatisfied, reopened = stat_monthly.reopened + excluded.reopened;
delete from bench_monthly b
where exists (select 1 from stat_monthly m where (m.month, m.street_id, m.dim, m.dim_id, m.slot) = (b.month, b.street_id, b.dim, b.dim_id, 0));
create temp table bench_monthly_indexes as
select indexname, indexdef from pg_indexes where tablename = 'stat_monthly' and indexname <> 'stat_monthly_pkey';
select 'drop index ' || indexname from bench_monthly_indexes \gexec
insert into stat_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
                          resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations)
select month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
                          resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations from bench_monthly;
select indexdef from bench_monthly_indexes \gexec
commit;
-- every scope key a row can have (the streets' paths, and any other the rows have) with each region above it, itself and
-- '' (everywhere): the prefixes the region rows below are kept under, as their migrations compute them per row
create unlogged table bench_prefix as
select k.scope_key, left(k.scope_key, pos) as prefix
from (select path as scope_key from region where level = 'STREET' union select scope_key from stat_monthly) k,
     generate_series(0, length(k.scope_key)) pos
where pos = 0 or (pos > 1 and substr(k.scope_key, pos, 1) = '/');
analyze bench_prefix;
-- the region rows (all cases, category, channel per region and month) summed from the street rows just made, as their
-- migration (stat_region_monthly) fills them (a jar before it makes them when it migrates): each street row joined to its
-- street's few prefixes and summed, the histograms bucket by bucket (Histogram.SIZE, 19), stored in the table's key
-- order. At 1,000,000 cases 12 CPU-s; the unnest of every bucket and the join back it replaces took 106.
select to_regclass('stat_region_monthly') is not null as has_region_monthly \gset
\if :has_region_monthly
\set counters 'received, accepted, rejected, closed, close_hours_sum, first_replies, first_reply_on_time, first_reply_hours_sum, review_done, review_on_time, resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations, followed_up'
select string_agg(format('sum(m.%s)', c), ', ') as sums from unnest(string_to_array(:'counters', ', ')) c \gset
select string_agg(format('sum(m.close_hist[%s])', i), ', ') as close_sums,
       string_agg(format('sum(m.first_reply_hist[%s])', i), ', ') as reply_sums
from generate_series(1, 19) i \gset
truncate stat_region_monthly;
insert into stat_region_monthly (month, scope_key, dim, dim_id, slot, :counters, close_hist, first_reply_hist)
select m.month, p.prefix, m.dim, m.dim_id, 0, :sums, array[:close_sums]::int[], array[:reply_sums]::int[]
from stat_monthly m join bench_prefix p using (scope_key)
where m.dim in (0, 3, 5)
group by p.prefix, m.dim, m.month, m.dim_id
order by p.prefix, m.dim, m.month, m.dim_id;
\endif
insert into stat_department_monthly (month, street_id, scope_key, department_id, dispatched, reported, returned, done, done_on_time, handle_hours_sum)
select f.month, f.street_id, min(f.scope_key), a.department_id, count(*), count(a.reported_at), 0, count(a.reported_at), count(a.reported_at),
       coalesce(sum(extract(epoch from a.reported_at - a.dispatched_at) / 3600), 0)
from assignment a join bench_fact f on f.case_id = a.case_id
group by f.month, f.street_id, a.department_id
on conflict (month, street_id, department_id) do update set
    dispatched = stat_department_monthly.dispatched + excluded.dispatched, reported = stat_department_monthly.reported + excluded.reported,
    done = stat_department_monthly.done + excluded.done, done_on_time = stat_department_monthly.done_on_time + excluded.done_on_time,
    handle_hours_sum = stat_department_monthly.handle_hours_sum + excluded.handle_hours_sum;
-- the region rows per year (deputy and block; each department and all of them) summed from the street rows just made over
-- their prefixes, as their migrations (stat_region_yearly, stat_region_department_yearly) fill them (a jar before them makes
-- them when it migrates)
select to_regclass('stat_region_yearly') is not null as has_region_yearly \gset
\if :has_region_yearly
truncate stat_region_yearly;
insert into stat_region_yearly (scope_key, dim, year, dim_id, slot, received, closed)
select p.prefix, y.dim, y.year, y.dim_id, 0, sum(y.received), sum(y.closed)
from stat_yearly y join bench_prefix p using (scope_key)
where y.dim in (2, 4)
group by p.prefix, y.dim, y.year, y.dim_id
order by p.prefix, y.dim, y.year, y.dim_id;
-- how many deputies and blocks each region's year has rows for, as their migration (stat_region_year_rows) counts them
select to_regclass('stat_region_year_rows') is not null as has_region_year_rows \gset
\if :has_region_year_rows
truncate stat_region_year_rows;
insert into stat_region_year_rows (scope_key, dim, year, slot, rows)
select scope_key, dim, year, 0, count(*) from stat_region_yearly
where dim_id <> 0 and (received <> 0 or closed <> 0)
group by scope_key, dim, year;
\endif
\endif
select to_regclass('stat_region_department_yearly') is not null as has_region_department_yearly \gset
\if :has_region_department_yearly
truncate stat_region_department_yearly;
insert into stat_region_department_yearly (scope_key, year, department_id, slot, dispatched, reported, returned, done,
                                           done_on_time, handle_hours_sum, escalations)
select p.prefix, extract(year from m.month), d, 0, sum(m.dispatched), sum(m.reported), sum(m.returned),
       sum(m.done), sum(m.done_on_time), sum(m.handle_hours_sum), sum(m.escalations)
from stat_department_monthly m join bench_prefix p using (scope_key), unnest(array[m.department_id, 0]) d
group by p.prefix, extract(year from m.month), d
order by p.prefix, extract(year from m.month), d;
\endif

-- issues solved per station and month of the first answer, for /stats (a jar before V62 makes them when it migrates)
select to_regclass('stat_solved') is not null as has_solved \gset
\if :has_solved
insert into stat_solved (month, station_id, scope_key, solved)
select date_trunc('month', f.closed_at at time zone 'Asia/Shanghai')::date, f.station_id, f.scope_key, count(*)
from bench_fact f where f.closed_at is not null
group by 1, 2, 3
on conflict (month, station_id, scope_key) do update set solved = stat_solved.solved + excluded.solved;
\endif

-- the deputies' league per year, from the generated cases' months (a jar before V64 makes it when it migrates; the
-- reception days' and activities' counts are added by bench/province-activities.sql)
select to_regclass('stat_deputy_year') is not null as has_deputy_year \gset
\if :has_deputy_year
insert into stat_deputy_year as y (year, deputy_id, scope_key, received, first_replies, first_reply_on_time, resident_reply_done,
                                   resident_reply_on_time, evaluated, satisfied, closed, reopened)
select extract(year from month), dim_id, min(scope_key), sum(received), sum(first_replies), sum(first_reply_on_time),
       sum(resident_reply_done), sum(resident_reply_on_time), sum(evaluated), sum(satisfied) + sum(basically_satisfied), sum(closed),
       sum(reopened)
from bench_monthly where dim = 2 and dim_id <> 0
group by 1, 2
order by 1, 2 -- the same order as the other job's upserts into these rows: no deadlock
on conflict (year, deputy_id) do update set received = y.received + excluded.received,
    first_replies = y.first_replies + excluded.first_replies, first_reply_on_time = y.first_reply_on_time + excluded.first_reply_on_time,
    resident_reply_done = y.resident_reply_done + excluded.resident_reply_done,
    resident_reply_on_time = y.resident_reply_on_time + excluded.resident_reply_on_time, evaluated = y.evaluated + excluded.evaluated,
    satisfied = y.satisfied + excluded.satisfied, closed = y.closed + excluded.closed, reopened = y.reopened + excluded.reopened;
\endif

-- two administrators for the measurements: one over the whole province, one over a district of it
insert into staff_user (username, password_hash, display_name, roles, region_id)
select 'bench-province', a.password_hash, '压测省管理员', '{ADMIN}', (select id from region where level = 'PROVINCE' order by id limit 1)
from staff_user a where a.username = 'admin'
on conflict (username) do nothing;
insert into staff_user (username, password_hash, display_name, roles, region_id)
select 'bench-district', a.password_hash, '压测区管理员', '{ADMIN}', (select min(id) from region where name = '压测区1')
from staff_user a where a.username = 'admin'
on conflict (username) do nothing;

drop table bench_fact, bench_monthly, bench_prefix;
\timing off
