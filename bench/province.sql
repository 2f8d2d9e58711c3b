-- bench/province, step 1 of 3: the reference data of a province on top of the demo street (set-wise, small), the
-- generator of the cases as a function of their number n (bench_cases), and the big tables made ready for COPY: their
-- indexes and constraints are kept in bench_ddl and dropped (bench/province-after.sql creates them again after loading).
-- psql -v streets=N -v cases=M -v years=Y -v wanlou_share=S (cases per 1,000 that go to the demo street, whose
-- accounts are the busy users the workbenches are measured with). With bench/province-after.sql it produces:
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

begin;
-- the province of the demo street, and a staff member who records receptions
create temp table province as select id, path from region where level = 'PROVINCE' order by id limit 1;

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


-- what every COPY stream reads: where the new ids start, the categories, the sizes and one fixed "now" (streams run in
-- separate sessions, so now() itself would differ between a case and its timeline)
create unlogged table bench_base as
select (select coalesce(max(id), 0) from cases) as case_base, (select coalesce(max(id), 0) from assignment) as assignment_base,
       (select coalesce(max(id), 0) from case_event) as event_base,
       (select array_agg(id order by id) from category where active) as categories,
       :years::float8 as years, :streets::bigint as streets, :wanlou_share::bigint as wanlou_share, now() as at;

-- case n (1 … M): where it goes, when it came, how far it got; everything else (timeline, assignments, stages, the
-- statistics' rows) is derived from these columns, so each table is one independent COPY stream over a range of n.
-- h is the case's pseudo-random number; the cases' ids are case_base + n, assignments' assignment_base + 2n + k - 1.
create function bench_cases(lo bigint, hi bigint) returns table (
    n bigint, id bigint, ticket text, channel text, deputy_id bigint, station_id bigint, street_id bigint, scope_key text,
    category_id bigint, block_id bigint, text text, wants_public boolean, state text, submitted_at timestamptz,
    accepted_at timestamptz, first_reply_at timestamptz, closed_at timestamptz, evaluated_at timestamptz, satisfaction text,
    dispatched boolean, h int, departments bigint[], at timestamptz)
language sql stable as $$
select n, id, ticket, channel, deputy_id, station_id, street_id, scope_key, category_id, block_id, text, wants_public, state,
       submitted_at, accepted_at, first_reply_at, closed_at, evaluated_at, satisfaction, dispatched, h, departments, at
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
      select n, g.id, h::int as h, submitted_at, extract(epoch from g.at - submitted_at) / 86400 as age_days, g.at,
             case when h % 20 < 15 then 'DEPUTY_CODE' when h % 20 < 18 then 'STATION_CODE' else (array['RECEPTION', 'FORUM', 'VISIT', 'PHONE'])[1 + h % 4] end as channel,
             case when h % 20 between 15 and 17 then null else refs.deputies[1 + (n / 7) % cardinality(refs.deputies)] end as deputy_id,
             refs.station_id, refs.street_id, refs.path as scope_key, refs.departments,
             g.categories[1 + (n / 3) % cardinality(g.categories)] as category_id,
             refs.blocks[1 + (n / 11) % cardinality(refs.blocks)] as block_id,
             '压测留言 ' || n || '：' || (array['小区路灯不亮，夜间出行不便', '楼道堆放杂物存在消防隐患', '路面坑洼积水，请尽快修补',
                                              '噪音扰民，夜间施工', '垃圾清运不及时', '老旧小区加装电梯'])[1 + n % 6] as text,
             h % 5 <> 0 as wants_public
      from (select n, b.case_base + n as id, abs(hashint8(n)) % 100 as h, b.at, b.categories,
                   b.at - (b.years * 365.0 * ((n * 0.6180339887) - floor(n * 0.6180339887))) * interval '1 day' as submitted_at,
                   case when abs(hashint8(n + 7)) % 1000 < b.wanlou_share then 0 else 1 + abs(hashint8(n + 13)) % b.streets end as t
            from bench_base b, generate_series(lo, hi) n offset 0) g
      join bench_refs refs on refs.t = g.t
      offset 0) y
    offset 0) x
  offset 0) z
$$;

-- the timeline's steps in order (k), each with its time as a function of the case's columns (bench/province-streams.sh),
-- and for every set of steps a case can go through (mask: bit k set when step k happened) the events it makes with their
-- numbers in the timeline: a case's events are then one join on its mask, instead of eleven candidate rows per case
-- filtered and numbered by a window (half the timeline stream's CPU). The stand-in hash chain is the case's md5 followed
-- by the md5 of the event's number, so each event's prev_hash is the hash of the one before.
create unlogged table bench_step (k, type, role, actor, body) as values
    (1, 'SUBMITTED', 'RESIDENT', null, null),
    (2, 'REJECTED', 'REVIEWER', '审核员', '不属于代表履职范围'),
    (3, 'ACCEPTED', 'REVIEWER', '审核员', null),
    (4, 'REPLIED', 'DEPUTY', '代表', '您好，已收到您反映的问题，我们正在协调处理。'),
    (5, 'DISPATCH_REQUESTED', 'DEPUTY', '代表', null),
    (6, 'DISPATCHED', 'DISPATCHER', '交办员', '请相关部门按期办理'),
    (7, 'FEEDBACK', 'DEPARTMENT', '经办人', '已现场处理完毕。'),
    (8, 'FEEDBACK_COMPLETE', 'SYSTEM', null, null),
    (9, 'CLOSED', 'DEPUTY', '代表', '问题已解决，感谢您的反映。'),
    (10, 'EVALUATED', 'RESIDENT', null, null),
    (11, 'REOPENED', 'RESIDENT', null, '问题仍未解决');
create unlogged table bench_timeline as
select m.mask, s.k, s.type, s.role, s.actor, s.body, x.seq, md5('p' || x.seq) as hash_tail, md5('p' || (x.seq - 1)) as prev_tail
from generate_series(0, 4095) m(mask)
join bench_step s on m.mask & (1 << s.k) <> 0
cross join lateral (select count(*) as seq from bench_step p where p.k <= s.k and m.mask & (1 << p.k) <> 0) x;
analyze bench_timeline;

-- the big tables take their rows by COPY without indexes, constraints or autovacuum: their definitions are kept here and
-- made again after loading, each index in one sorted pass instead of a million insertions
create unlogged table bench_ddl as
-- keys and unique constraints: their index made like any other (so two sessions can build a table's indexes at once),
-- then the constraint put on it
select 1 as step, c.conrelid::regclass::text as tbl, c.conname as name,
       pg_get_indexdef(c.conindid) || '; alter table ' || c.conrelid::regclass || ' add constraint ' || c.conname
       || case c.contype when 'p' then ' primary key' else ' unique' end || ' using index ' || c.conname as ddl,
       'alter table ' || c.conrelid::regclass || ' drop constraint ' || c.conname as undo
from pg_constraint c
where c.contype in ('p', 'u') and c.conrelid::regclass::text in ('cases', 'case_event', 'assignment', 'case_stage', 'stat_case', 'stat_assignment')
union all
select 2, i.tablename, i.indexname, i.indexdef, 'drop index ' || i.indexname
from pg_indexes i
where i.schemaname = 'public' and i.tablename in ('cases', 'case_event', 'assignment', 'case_stage', 'stat_case', 'stat_assignment')
  and i.indexname not in (select conname from pg_constraint)
union all
select 3, c.conrelid::regclass::text, c.conname, 'alter table ' || c.conrelid::regclass || ' add constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid),
       'alter table ' || c.conrelid::regclass || ' drop constraint ' || c.conname
from pg_constraint c
where c.contype = 'f' and (c.conrelid::regclass::text in ('cases', 'case_event', 'assignment', 'case_stage', 'stat_case', 'stat_assignment')
                           or c.confrelid::regclass::text in ('cases', 'case_event', 'assignment', 'case_stage', 'stat_case', 'stat_assignment'));
select undo from bench_ddl order by step desc, name \gexec
alter table cases set (autovacuum_enabled = false);
alter table case_event set (autovacuum_enabled = false);
alter table assignment set (autovacuum_enabled = false);
alter table case_stage set (autovacuum_enabled = false);
alter table stat_case set (autovacuum_enabled = false);
alter table stat_assignment set (autovacuum_enabled = false);
