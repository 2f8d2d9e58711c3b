-- bench/province: a province on top of the demo street, loaded set-wise (INSERT … SELECT over generate_series, no row
-- by row). psql -v streets=N -v cases=M -v years=Y -v wanlou_share=S (cases per 1,000 that go to the demo street, whose
-- accounts are the busy users the workbenches are measured with). Produces:
--   regions: cities (one per 150 streets) › 10 districts each › N streets › 8 communities › 6 blocks;
--   per street a station, a committee, 6 constituencies, 50 deputies of five levels (30 township, 12 county, 5 city,
--   2 provincial, 1 national), each township deputy linked to blocks; departments at three levels (6 per street,
--   10 per district, 10 per city);
--   M cases over Y years with states by age (old ones closed and mostly evaluated, recent ones spread over the loop),
--   their timelines, assignments for dispatched ones, open stages for open ones (past deadlines already escalated),
--   the statistics module's rows (stat_case, monthly roll-ups with histograms, departments' roll-ups), monthly
--   reception days and twice-monthly activities per station with their statistics.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

begin;
-- the province of the demo street, and a staff member who records receptions
create temp table province as select id, path from region where level = 'PROVINCE' order by id limit 1;
create temp table recorder as select id, display_name as name from staff_user where username = 'admin';

create unlogged table bench_city as
select nextval('region_id_seq') as id, i from generate_series(1, greatest(1, ceil(:streets / 150.0)::int)) i;
insert into region (id, parent_id, level, name, path)
select c.id, p.id, 'CITY', '压测市' || c.i, p.path || c.id || '/' from bench_city c, province p;

create unlogged table bench_district as
select nextval('region_id_seq') as id, c.id as city_id, (c.i - 1) * 10 + j as i from bench_city c, generate_series(1, 10) j;
insert into region (id, parent_id, level, name, path)
select d.id, d.city_id, 'DISTRICT', '压测区' || d.i, r.path || d.id || '/' from bench_district d join region r on r.id = d.city_id;

create unlogged table bench_street as
select nextval('region_id_seq') as id, d.id as district_id, d.city_id, k
from generate_series(1, :streets) k
join (select id, city_id, row_number() over (order by id) rn from bench_district) d
  on d.rn = 1 + (k - 1) % (select count(*) from bench_district);
insert into region (id, parent_id, level, name, path)
select s.id, s.district_id, 'STREET', '压测街道' || s.k, r.path || s.id || '/' from bench_street s join region r on r.id = s.district_id;
alter table bench_street add column path varchar(400), add column station_id bigint;
update bench_street s set path = r.path from region r where r.id = s.id;

create unlogged table bench_community as
select nextval('region_id_seq') as id, s.id as street_id, s.k, c from bench_street s, generate_series(1, 8) c;
insert into region (id, parent_id, level, name, path)
select c.id, c.street_id, 'COMMUNITY', '压测社区' || c.c, s.path || c.id || '/' from bench_community c join bench_street s on s.id = c.street_id;

create unlogged table bench_block as
select nextval('region_id_seq') as id, c.id as community_id, c.street_id, c.k, (c.c - 1) * 6 + b as b
from bench_community c, generate_series(1, 6) b;
insert into region (id, parent_id, level, name, path)
select b.id, b.community_id, 'BLOCK', '第' || ((b.b - 1) % 6 + 1) || '区块', r.path || b.id || '/'
from bench_block b join region r on r.id = b.community_id;

insert into station (region_id, name, address, phone, open_hours, code)
select s.id, '压测街道' || s.k || '代表联络站', '压测路' || s.k || '号', '0731-5' || lpad(s.k::text, 7, '0'), '周一至周五 9:00-17:00', 'ps' || s.k
from bench_street s;
update bench_street s set station_id = st.id from station st where st.region_id = s.id;
insert into committee (region_id, name, head_name, head_phone)
select s.id, '压测街道' || s.k || '人大工委', '主任' || s.k, '1380000' || lpad((s.k % 10000)::text, 4, '0') from bench_street s;
insert into constituency (region_id, name) select s.id, '第' || c || '选区' from bench_street s, generate_series(1, 6) c;

-- 50 deputies per street: j 1–30 township, 31–42 county, 43–47 city, 48–49 provincial, 50 national
create unlogged table bench_deputy as select s.id as street_id, s.k, j, s.station_id from bench_street s, generate_series(1, 50) j;
insert into deputy (name, level, office_phone, constituency_id, station_id, intro, term_start, term_end, code)
select '代表' || d.k || '-' || d.j,
       case when d.j <= 30 then 'TOWNSHIP' when d.j <= 42 then 'COUNTY' when d.j <= 47 then 'CITY' when d.j <= 49 then 'PROVINCIAL' else 'NATIONAL' end,
       null, c.first + (d.j % 6), d.station_id, null,
       date '2022-01-01', date '2026-12-31', 'p' || d.k || 'x' || d.j
from bench_deputy d join (select region_id, min(id) as first from constituency group by region_id) c on c.region_id = d.street_id;
alter table bench_deputy add column id bigint;
update bench_deputy d set id = x.id from deputy x where x.code = 'p' || d.k || 'x' || d.j;
insert into deputy_block (deputy_id, block_id)
select d.id, b.id from bench_deputy d join bench_block b on b.street_id = d.street_id and b.b in (d.j, d.j + 18) where d.j <= 30;

-- departments: 6 street offices, 10 district bureaus, 10 city bureaus
insert into department (region_id, name, level, duties)
select s.id, (array['城管办', '执法中队', '综治办', '社区事务办', '安监办', '民政办'])[j], 'STREET', null from bench_street s, generate_series(1, 6) j;
insert into department (region_id, name, level, duties)
select d.id, (array['住建局', '教育局', '交通局', '卫健局', '水利局', '民政局', '人社局', '市场监管局', '生态环境局', '城管局'])[j], 'DISTRICT', null
from bench_district d, generate_series(1, 10) j;
insert into department (region_id, name, level, duties)
select c.id, (array['住建局', '教育局', '交通局', '卫健委', '水利局', '民政局', '人社局', '市场监管局', '生态环境局', '公安局'])[j] || '（市）', 'CITY', null
from bench_city c, generate_series(1, 10) j;

-- the demo street is one of the streets cases go to (its deputies wl01 … wl15, its accounts the busy users)
-- t: the street a case goes to, 0 for the demo street
create unlogged table bench_refs as
select 0::bigint as t, r.id as street_id, r.path, st.id as station_id,
       array(select id from deputy where station_id = st.id and active order by code) as deputies,
       array(select b.id from region b where b.level = 'BLOCK' and b.path like r.path || '%' order by b.id) as blocks,
       array(select d.id from department d where d.region_id = r.id or d.region_id = r.parent_id order by d.id) as departments
from region r join station st on st.region_id = r.id where r.level = 'STREET' and r.name = '万楼街道';
insert into bench_refs
select s.k, s.id, s.path, s.station_id, d.deputies, b.blocks, dep.departments
from bench_street s
join (select street_id, array_agg(id order by j) as deputies from bench_deputy group by street_id) d on d.street_id = s.id
join (select street_id, array_agg(id order by b) as blocks from bench_block group by street_id) b on b.street_id = s.id
join lateral (select array_agg(x.id order by x.id) as departments from department x
              where x.region_id in (s.id, s.district_id, s.city_id)) dep on true;
commit;

-- the cases
begin;
create temp table categories on commit drop as select array_agg(id order by id) as ids from category where active;
insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, block_id, message_text,
                   public_text, wants_public, resident_phone, state, submitted_at, updated_at, scope_key, is_public, accepted_at,
                   first_reply_at, feedback_done_at, closed_at, evaluated_at, satisfaction, reopen_count, pool, query_code_keyed)
select ticket, md5(ticket) || md5(ticket || 'q'), channel, deputy_id, station_id, street_id, category_id, block_id, text, text,
       wants_public, null, state, submitted_at, coalesce(evaluated_at, closed_at, first_reply_at, accepted_at, submitted_at),
       scope_key, wants_public and state not in ('SUBMITTED', 'REJECTED'), accepted_at, first_reply_at,
       case when dispatched and closed_at is not null then closed_at - interval '1 day' end, closed_at, evaluated_at,
       satisfaction, case when state = 'REOPENED' then 1 else 0 end, deputy_id is null,
       true -- stand-in hashes marked keyed: re-keying a million at start held the start up past the health wait
from (
  select x.*,
         case when state not in ('SUBMITTED', 'REJECTED') then submitted_at + interval '3 hours' + (h % 40) * interval '1 hour' end as accepted_at,
         case when state not in ('SUBMITTED', 'REJECTED', 'ACCEPTED') then submitted_at + interval '20 hours' + (h % 50) * interval '1 hour' end as first_reply_at,
         case when state in ('CLOSED', 'EVALUATED', 'RESOLVED', 'PROPOSAL_ANSWERED', 'REOPENED') then submitted_at + (2 + h % 20) * interval '1 day' end as closed_at,
         case when state = 'EVALUATED' then submitted_at + (4 + h % 20) * interval '1 day' end as evaluated_at,
         case when state = 'EVALUATED' then (array['SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED', 'SATISFIED',
                                                   'SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + h % 10] end as satisfaction,
         state in ('DISPATCHED', 'FEEDBACK_RECEIVED') or (state in ('CLOSED', 'EVALUATED', 'REOPENED') and h % 10 < 4) as dispatched
  from (
    select y.*,
           to_char(submitted_at at time zone 'Asia/Shanghai', 'YYMMDD') || '-' || lpad(n::text, 8, '0') as ticket,
           case when age_days > 60 then
                case when h < 5 then 'REJECTED' when h < 62 then 'EVALUATED' when h < 85 then 'CLOSED'
                     when h < 92 then 'PROPOSAL_ANSWERED' else 'RESOLVED' end
                else
                case when h < 10 then 'SUBMITTED' when h < 20 then 'ACCEPTED' when h < 35 then 'REPLIED' when h < 40 then 'DISPATCH_REQUESTED'
                     when h < 55 then 'DISPATCHED' when h < 62 then 'FEEDBACK_RECEIVED' when h < 65 then 'REOPENED' when h < 70 then 'REJECTED'
                     when h < 85 then 'CLOSED' else 'EVALUATED' end
           end as state
    from (
      select n, h::int as h, submitted_at, extract(epoch from now() - submitted_at) / 86400 as age_days,
             case when h % 20 < 15 then 'DEPUTY_CODE' when h % 20 < 18 then 'STATION_CODE' else (array['RECEPTION', 'FORUM', 'VISIT', 'PHONE'])[1 + h % 4] end as channel,
             case when h % 20 between 15 and 17 then null else refs.deputies[1 + (n / 7) % cardinality(refs.deputies)] end as deputy_id,
             refs.station_id, refs.street_id, refs.path as scope_key,
             (select ids from categories)[1 + (n / 3) % cardinality((select ids from categories))] as category_id,
             refs.blocks[1 + (n / 11) % cardinality(refs.blocks)] as block_id,
             '压测留言 ' || n || '：' || (array['小区路灯不亮，夜间出行不便', '楼道堆放杂物存在消防隐患', '路面坑洼积水，请尽快修补',
                                              '噪音扰民，夜间施工', '垃圾清运不及时', '老旧小区加装电梯'])[1 + n % 6] as text,
             h % 5 <> 0 as wants_public
      from (select n, abs(hashint8(n)) % 100 as h,
                   now() - (:years * 365.0 * ((n * 0.6180339887) - floor(n * 0.6180339887))) * interval '1 day' as submitted_at,
                   case when abs(hashint8(n + 7)) % 1000 < :wanlou_share then 0 else 1 + abs(hashint8(n + 13)) % :streets end as t
            from generate_series(1, :cases::bigint) n) g
      join bench_refs refs on refs.t = g.t
    ) y
  ) x
) z;
commit;

-- what follows is derived from the cases: h is the same pseudo-random number per case
create unlogged table bench_case as
select c.id, c.ticket, c.state, c.street_id, c.scope_key, c.station_id, c.deputy_id, c.category_id, c.block_id, c.channel,
       c.submitted_at, c.accepted_at, c.first_reply_at, c.closed_at, c.evaluated_at, c.satisfaction, c.reopen_count,
       abs(hashint8(c.id)) % 100 as h,
       c.state in ('DISPATCHED', 'FEEDBACK_RECEIVED') or (c.state in ('CLOSED', 'EVALUATED', 'REOPENED') and c.feedback_done_at is not null) as dispatched
from cases c where c.message_text like '压测留言 %';

-- timelines: one event per step the case went through. The hash chain is a stand-in marked as sealed with key 1 (so
-- the sealing pass at start leaves it alone); a check of these seals would report them broken.
insert into case_event (case_id, seq, type, actor_role, actor_name, occurred_at, body, public, prev_hash, hash, key_id)
select c.id, e.seq, e.type, e.role, e.actor, e.at, e.body, e.type <> 'SUBMITTED', md5(c.id || '-' || (e.seq - 1)) || md5('p'),
       md5(c.id || '-' || e.seq) || md5('p'), 1
from bench_case c
cross join lateral (values
    (1, 'SUBMITTED', 'RESIDENT', null, c.submitted_at, null, true),
    (2, 'REJECTED', 'REVIEWER', '审核员', c.submitted_at + interval '5 hours', '不属于代表履职范围', c.state = 'REJECTED'),
    (3, 'ACCEPTED', 'REVIEWER', '审核员', c.accepted_at, null, c.accepted_at is not null),
    (4, 'REPLIED', 'DEPUTY', '代表', c.first_reply_at, '您好，已收到您反映的问题，我们正在协调处理。', c.first_reply_at is not null),
    (5, 'DISPATCH_REQUESTED', 'DEPUTY', '代表', c.first_reply_at + interval '1 hour', null, c.dispatched or c.state = 'DISPATCH_REQUESTED'),
    (6, 'DISPATCHED', 'DISPATCHER', '交办员', c.first_reply_at + interval '5 hours', '请相关部门按期办理', c.dispatched),
    (7, 'FEEDBACK', 'DEPARTMENT', '经办人', c.closed_at - interval '1 day', '已现场处理完毕。', c.dispatched and c.closed_at is not null),
    (8, 'FEEDBACK_COMPLETE', 'SYSTEM', null, c.closed_at - interval '1 day', null, c.dispatched and c.closed_at is not null),
    (9, 'CLOSED', 'DEPUTY', '代表', c.closed_at, '问题已解决，感谢您的反映。', c.closed_at is not null),
    (10, 'EVALUATED', 'RESIDENT', null, c.evaluated_at, c.satisfaction, c.evaluated_at is not null),
    (11, 'REOPENED', 'RESIDENT', null, c.closed_at + interval '2 days', '问题仍未解决', c.state = 'REOPENED')
) e(seq, type, role, actor, at, body, happened)
where e.happened;

-- one or two departments per dispatched case, from its street, district or city
insert into assignment (case_id, round, department_id, department_name, state, due_date, instructions, dispatched_at, reported_at, feedback)
select c.id, 1, d.id, d.name,
       case when c.state = 'DISPATCHED' then 'HANDLING' else 'REPORTED' end,
       ((c.first_reply_at + interval '14 days') at time zone 'Asia/Shanghai')::date, '请按期办理',
       c.first_reply_at + interval '5 hours',
       case when c.state <> 'DISPATCHED' then coalesce(c.closed_at - interval '1 day', c.first_reply_at + interval '3 days') end,
       case when c.state <> 'DISPATCHED' then '已现场处理完毕。' end
from bench_case c
join bench_refs r on r.street_id = c.street_id
cross join lateral generate_series(1, 1 + (c.h % 3 = 0)::int) k
join department d on d.id = r.departments[1 + (c.h + k * 7) % cardinality(r.departments)]
where c.dispatched;

-- open stages of open cases; deadlines already past were escalated when they passed
insert into case_stage (case_id, stage, assignment_id, started_at, due_at, warn_at, warned_at, escalated_at)
select case_id, stage, assignment_id, started, due, due - interval '1 day',
       case when due - interval '1 day' < now() then due - interval '1 day' end, case when due < now() then due end
from (
  select c.id as case_id, 'REVIEW' as stage, null::bigint as assignment_id, c.submitted_at as started, c.submitted_at + interval '1 day' as due
  from bench_case c where c.state = 'SUBMITTED'
  union all
  select c.id, 'FIRST_REPLY', null, c.accepted_at, c.accepted_at + interval '3 days' from bench_case c where c.state = 'ACCEPTED'
  union all
  select a.case_id, 'ASSIGNMENT', a.id, a.dispatched_at, (a.due_date + 1)::timestamp at time zone 'Asia/Shanghai'
  from assignment a join bench_case c on c.id = a.case_id where a.state = 'HANDLING'
  union all
  select c.id, 'RESIDENT_REPLY', null, c.first_reply_at, c.first_reply_at + interval '15 days'
  from bench_case c where c.state in ('FEEDBACK_RECEIVED', 'REOPENED')
) s;

-- the statistics module's own rows, as its listeners would have written them
insert into stat_assignment (assignment_id, case_id, department_id)
select a.id, a.case_id, a.department_id from assignment a join bench_case c on c.id = a.case_id;
insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, state, submitted_at,
                       accepted_at, first_reply_at, closed_at, satisfaction, reopen_count, escalations, departments, open)
select c.id, c.ticket, c.scope_key, c.street_id, c.station_id, c.deputy_id, c.category_id, c.block_id, c.channel, c.state, c.submitted_at,
       c.accepted_at, c.first_reply_at, c.closed_at, c.satisfaction, c.reopen_count, 0,
       coalesce((select array_agg(a.department_id order by a.id) from assignment a where a.case_id = c.id), '{}'),
       c.state not in ('CLOSED', 'EVALUATED', 'RESOLVED', 'PROPOSAL_ANSWERED', 'REJECTED', 'MERGED')
from bench_case c;

-- monthly roll-ups: every counter in the month of the case, per street and dimension; histograms of hours (19 buckets)
create unlogged table bench_fact as
select c.*, date_trunc('month', c.submitted_at at time zone 'Asia/Shanghai')::date as month,
       extract(epoch from c.closed_at - c.submitted_at) / 3600 as close_hours,
       extract(epoch from c.first_reply_at - c.accepted_at) / 3600 as reply_hours,
       case when c.closed_at is not null then
           (select count(*) from unnest(array[1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1080, 1440]::float8[]) b
            where b < extract(epoch from c.closed_at - c.submitted_at) / 3600) end as cb,
       case when c.first_reply_at is not null then
           (select count(*) from unnest(array[1, 2, 4, 8, 12, 24, 36, 48, 72, 96, 120, 168, 240, 336, 480, 720, 1080, 1440]::float8[]) b
            where b < extract(epoch from c.first_reply_at - c.accepted_at) / 3600) end as rb,
       array_position(array['DEPUTY_CODE', 'STATION_CODE', 'RECEPTION', 'FORUM', 'VISIT', 'CHAT_GROUP', 'PHONE', 'ACTIVITY'], c.channel) - 1 as channel_ordinal
from bench_case c;
create unlogged table bench_dims as
select f.*, dims.dim, dims.dim_id
from bench_fact f
cross join lateral (values (0, 0::bigint), (1, f.station_id), (2, coalesce(f.deputy_id, 0)), (3, f.category_id),
                           (4, coalesce(f.block_id, 0)), (5, f.channel_ordinal::bigint)) dims(dim, dim_id);
insert into stat_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, rejected, closed, close_hours_sum, close_hist,
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
from bench_dims
group by month, street_id, dim, dim_id
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
insert into stat_department_monthly (month, street_id, scope_key, department_id, dispatched, reported, returned, done, done_on_time, handle_hours_sum)
select f.month, f.street_id, min(f.scope_key), a.department_id, count(*), count(a.reported_at), 0, count(a.reported_at), count(a.reported_at),
       coalesce(sum(extract(epoch from a.reported_at - a.dispatched_at) / 3600), 0)
from assignment a join bench_fact f on f.id = a.case_id
group by f.month, f.street_id, a.department_id
on conflict (month, street_id, department_id) do update set
    dispatched = stat_department_monthly.dispatched + excluded.dispatched, reported = stat_department_monthly.reported + excluded.reported,
    done = stat_department_monthly.done + excluded.done, done_on_time = stat_department_monthly.done_on_time + excluded.done_on_time,
    handle_hours_sum = stat_department_monthly.handle_hours_sum + excluded.handle_hours_sum;

-- reception days (one a month per station) and activities (two a month), with their statistics
create unlogged table bench_station as
select r.station_id, r.street_id, r.path, r.deputies, r.blocks from bench_refs r where r.t > 0;
insert into reception (station_id, day, scheduled, residents_received, notes, recorded_by, recorded_by_name, recorded_at)
select s.station_id, d::date, d::date, 3 + (s.station_id + m) % 12, '接待群众，记录诉求。', (select id from recorder), (select name from recorder),
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
       (select id from recorder), (select name from recorder), x.d + interval '18 hours'
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

drop table bench_city, bench_district, bench_street, bench_community, bench_block, bench_deputy, bench_refs, bench_case, bench_fact,
           bench_dims, bench_station;
\timing off
vacuum analyze;

-- two administrators for the measurements: one over the whole province, one over a district of it
insert into staff_user (username, password_hash, display_name, roles, region_id)
select 'bench-province', a.password_hash, '压测省管理员', '{ADMIN}', (select id from region where level = 'PROVINCE' order by id limit 1)
from staff_user a where a.username = 'admin'
on conflict (username) do nothing;
insert into staff_user (username, password_hash, display_name, roles, region_id)
select 'bench-district', a.password_hash, '压测区管理员', '{ADMIN}', (select min(id) from region where name = '压测区1')
from staff_user a where a.username = 'admin'
on conflict (username) do nothing;
