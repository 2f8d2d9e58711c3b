-- bench/http: gives the deputy :'code' :n more cases received this year, as the case loop would have left them: the
-- cases, the statistics module's row per case and its monthly roll-ups (added to what is there). Mostly answered and
-- evaluated, some open; half of them public. Run with psql -v code=wl01 -v n=100000 -v bounds={1,2,…} -v hist_close=…
-- -v hist_reply=… (the histogram's bucket bounds in hours and one count per bucket of cb / rb, written out by bench/http).
\set ON_ERROR_STOP on
begin;
create temp table gen on commit drop as
select n, d.id as deputy_id, d.station_id, s.region_id, r.path as scope_key, street.id as street_id,
       (select id from category order by id limit 1 offset n % 5) as category_id,
       (select b.id from region b where b.level = 'BLOCK' and b.path like street.path || '%' order by b.id limit 1 offset n % 6)
           as block_id,
       t as submitted_at,
       case when n % 10 < 7 then 'EVALUATED' when n % 10 < 9 then 'REPLIED' else 'SUBMITTED' end as state,
       n % 2 = 0 as is_public
from generate_series(1, :n) n
join deputy d on d.code = :'code'
join station s on s.id = d.station_id
join region r on r.id = s.region_id
join region street on r.path like street.path || '%' and street.level = 'STREET',
lateral (select date_trunc('year', now()) + (n::float8 / (:n + 1)) * (now() - date_trunc('year', now())) as t) times;

insert into cases (ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, block_id, message_text,
                   public_text, wants_public, state, submitted_at, updated_at, scope_key, is_public, accepted_at,
                   first_reply_at, closed_at, evaluated_at, satisfaction)
select 'B' || lpad(n::text, 9, '0'), md5(n::text) || md5(n::text), 'DEPUTY_CODE', deputy_id, station_id, street_id, category_id,
       block_id, '压测留言 ' || n, '压测留言 ' || n, is_public, state, submitted_at, submitted_at, scope_key,
       is_public and state <> 'SUBMITTED',
       case when state <> 'SUBMITTED' then submitted_at + interval '3 hours' end,
       case when state <> 'SUBMITTED' then submitted_at + interval '20 hours' end,
       case when state = 'EVALUATED' then submitted_at + interval '5 days' end,
       case when state = 'EVALUATED' then submitted_at + interval '6 days' end,
       case when state = 'EVALUATED' then (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'])[1 + n % 4] end
from gen;

insert into stat_case (case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, state,
                       submitted_at, accepted_at, first_reply_at, closed_at, satisfaction, open)
select id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, state, submitted_at, accepted_at,
       first_reply_at, closed_at, satisfaction, closed_at is null
from cases where ticket like 'B%' and deputy_id = (select id from deputy where code = :'code');

-- the roll-ups, one row per month and dimension, added to the rows already there; cb and rb: the histogram buckets
create temp table fact on commit drop as
select c.*, (select coalesce(min(i) - 1, 18) from unnest(:'bounds'::float8[]) with ordinality u(b, i)
             where extract(epoch from c.closed_at - c.submitted_at) / 3600 <= b) as cb,
       (select coalesce(min(i) - 1, 18) from unnest(:'bounds'::float8[]) with ordinality u(b, i)
             where extract(epoch from c.first_reply_at - c.accepted_at) / 3600 <= b) as rb
from stat_case c where c.ticket like 'B%' and c.deputy_id = (select id from deputy where code = :'code');

insert into stat_monthly (month, street_id, scope_key, dim, dim_id, received, accepted, closed, close_hours_sum, close_hist,
                          first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done,
                          review_on_time, evaluated, satisfied, basically_satisfied, unsatisfied)
select date_trunc('month', submitted_at at time zone 'Asia/Shanghai')::date, street_id, min(scope_key), dim, dim_id,
       count(*), count(accepted_at), count(closed_at),
       coalesce(sum(extract(epoch from closed_at - submitted_at) / 3600), 0), :hist_close,
       count(first_reply_at), count(first_reply_at), coalesce(sum(extract(epoch from first_reply_at - accepted_at) / 3600), 0),
       :hist_reply, count(accepted_at), count(accepted_at), count(satisfaction),
       count(*) filter (where satisfaction = 'SATISFIED'), count(*) filter (where satisfaction = 'BASICALLY_SATISFIED'),
       count(*) filter (where satisfaction = 'UNSATISFIED')
from fact c
cross join lateral (values (0, 0::bigint), (1, c.station_id), (2, c.deputy_id), (3, c.category_id), (4, coalesce(c.block_id, 0)),
                           (5, 0::bigint)) as dims(dim, dim_id)
group by 1, 2, 4, 5
on conflict on constraint stat_monthly_pkey do update set
    received = stat_monthly.received + excluded.received, accepted = stat_monthly.accepted + excluded.accepted,
    closed = stat_monthly.closed + excluded.closed, close_hours_sum = stat_monthly.close_hours_sum + excluded.close_hours_sum,
    close_hist = array(select a + b from unnest(stat_monthly.close_hist, excluded.close_hist) as h(a, b)),
    first_replies = stat_monthly.first_replies + excluded.first_replies,
    first_reply_on_time = stat_monthly.first_reply_on_time + excluded.first_reply_on_time,
    first_reply_hours_sum = stat_monthly.first_reply_hours_sum + excluded.first_reply_hours_sum,
    first_reply_hist = array(select a + b from unnest(stat_monthly.first_reply_hist, excluded.first_reply_hist) as h(a, b)),
    review_done = stat_monthly.review_done + excluded.review_done, review_on_time = stat_monthly.review_on_time + excluded.review_on_time,
    evaluated = stat_monthly.evaluated + excluded.evaluated, satisfied = stat_monthly.satisfied + excluded.satisfied,
    basically_satisfied = stat_monthly.basically_satisfied + excluded.basically_satisfied,
    unsatisfied = stat_monthly.unsatisfied + excluded.unsatisfied;
commit;
vacuum analyze cases;
vacuum analyze stat_case;
vacuum analyze stat_monthly;
