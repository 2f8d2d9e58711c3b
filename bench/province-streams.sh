# bench/province, step 2 of 3: the big tables, each a COPY stream of rows computed from bench_cases(lo, hi) (defined
# by bench/province.sql) piped into COPY … FROM STDIN of the table; sourced by bench/province, which runs them over
# ranges of case numbers, JOBS at a time. STREAM_COLUMNS[t] are the table's columns, STREAM_SELECT[t] the rows of case
# numbers {lo} … {hi} (replaced before the stream starts). "offset 0" keeps each case's columns computed once: inlined,
# every reference to them in the timeline's eleven steps computed them again (2 ms a case).
declare -A STREAM_COLUMNS STREAM_SELECT
STREAMS=(cases case_event assignment case_stage stat_case stat_assignment)

STREAM_COLUMNS[cases]="id, ticket, query_code_hash, channel, deputy_id, station_id, street_id, category_id, block_id, message_text,
    public_text, wants_public, state, submitted_at, updated_at, scope_key, is_public, accepted_at, first_reply_at, feedback_done_at,
    closed_at, evaluated_at, satisfaction, reopen_count, pool, query_code_keyed"
# the stand-in query-code hashes are marked keyed: re-keying millions at start held the start up past the health wait
STREAM_SELECT[cases]="select id, ticket, md5(ticket) || md5(ticket || 'q'), channel, deputy_id, station_id, street_id, category_id,
    block_id, text, text, wants_public, state, submitted_at, coalesce(evaluated_at, closed_at, first_reply_at, accepted_at, submitted_at),
    scope_key, wants_public and state not in ('SUBMITTED', 'REJECTED'), accepted_at, first_reply_at,
    case when dispatched and closed_at is not null then closed_at - interval '1 day' end, closed_at, evaluated_at, satisfaction,
    (state = 'REOPENED')::int, deputy_id is null, true
    from bench_cases({lo}, {hi})"

# one event per step the case went through (bench_timeline: the events of the case's set of steps, numbered without
# gaps). The hash chain is a stand-in marked as sealed with key 1 (so the sealing pass at start leaves it alone); a check
# of these seals would report them broken.
STREAM_COLUMNS[case_event]="id, case_id, seq, type, actor_role, actor_name, occurred_at, body, public, prev_hash, hash, key_id"
STREAM_SELECT[case_event]="select b.event_base + c.n * 11 + t.seq, c.id, t.seq, t.type, t.role, t.actor,
    case t.k when 1 then c.submitted_at when 2 then c.submitted_at + interval '5 hours' when 3 then c.accepted_at
             when 4 then c.first_reply_at when 5 then c.first_reply_at + interval '1 hour' when 6 then c.first_reply_at + interval '5 hours'
             when 7 then c.closed_at - interval '1 day' when 8 then c.closed_at - interval '1 day' when 9 then c.closed_at
             when 10 then c.evaluated_at else c.closed_at + interval '2 days' end,
    case when t.k = 10 then c.satisfaction else t.body end, t.k <> 1, c.chain || t.prev_tail, c.chain || t.hash_tail, 1
    from bench_base b, (select *, md5(id::text) as chain, 2 | ((state = 'REJECTED')::int << 2) | ((accepted_at is not null)::int << 3) | ((first_reply_at is not null)::int << 4)
                               | ((dispatched or state = 'DISPATCH_REQUESTED')::int << 5) | (dispatched::int << 6) | ((dispatched and closed_at is not null)::int * (3 << 7)) | ((closed_at is not null)::int << 9)
                               | ((evaluated_at is not null)::int << 10) | ((state = 'REOPENED')::int << 11) as mask
                        from bench_cases({lo}, {hi}) offset 0) c
    join bench_timeline t on t.mask = c.mask"

# one or two departments per dispatched case, from its street, district or city
DEPARTMENTS_OF="cross join lateral generate_series(1, 1 + (c.h % 3 = 0)::int) k"
DEPARTMENT="c.departments[1 + (c.h + k * 7) % cardinality(c.departments)]"
STREAM_COLUMNS[assignment]="id, case_id, round, department_id, department_name, state, due_date, instructions, dispatched_at, reported_at, feedback"
STREAM_SELECT[assignment]="select b.assignment_base + 2 * c.n + k - 1, c.id, 1, d.id, d.name,
    case when c.state = 'DISPATCHED' then 'HANDLING' else 'REPORTED' end,
    ((c.first_reply_at + interval '14 days') at time zone 'Asia/Shanghai')::date, '请按期办理', c.first_reply_at + interval '5 hours',
    case when c.state <> 'DISPATCHED' then coalesce(c.closed_at - interval '1 day', c.first_reply_at + interval '3 days') end,
    case when c.state <> 'DISPATCHED' then '已现场处理完毕。' end
    from bench_base b, (select * from bench_cases({lo}, {hi}) offset 0) c $DEPARTMENTS_OF join department d on d.id = $DEPARTMENT where c.dispatched"
STREAM_COLUMNS[stat_assignment]="assignment_id, case_id, department_id"
STREAM_SELECT[stat_assignment]="select b.assignment_base + 2 * c.n + k - 1, c.id, $DEPARTMENT
    from bench_base b, (select * from bench_cases({lo}, {hi}) offset 0) c $DEPARTMENTS_OF where c.dispatched"

# open stages of open cases; deadlines already past were escalated when they passed
STREAM_COLUMNS[case_stage]="case_id, stage, assignment_id, started_at, due_at, warn_at, warned_at, escalated_at"
STREAM_SELECT[case_stage]="select c.id, s.stage, s.assignment_id, s.started, s.due, s.due - interval '1 day',
    case when s.due - interval '1 day' < c.at then s.due - interval '1 day' end, case when s.due < c.at then s.due end
    from bench_base b, (select * from bench_cases({lo}, {hi}) offset 0) c cross join lateral (
        select 'REVIEW', null::bigint, c.submitted_at, c.submitted_at + interval '1 day' where c.state = 'SUBMITTED'
        union all
        select 'FIRST_REPLY', null, c.accepted_at, c.accepted_at + interval '3 days' where c.state = 'ACCEPTED'
        union all
        select 'ASSIGNMENT', b.assignment_base + 2 * c.n + k - 1, c.first_reply_at + interval '5 hours',
               ((((c.first_reply_at + interval '14 days') at time zone 'Asia/Shanghai')::date) + 1)::timestamp at time zone 'Asia/Shanghai'
        from generate_series(1, 1 + (c.h % 3 = 0)::int) k where c.state = 'DISPATCHED'
        union all
        select 'RESIDENT_REPLY', null, c.first_reply_at, c.first_reply_at + interval '15 days' where c.state in ('FEEDBACK_RECEIVED', 'REOPENED')
    ) s(stage, assignment_id, started, due)
    where c.state in ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'FEEDBACK_RECEIVED', 'REOPENED')"

# the statistics module's row per case, as its listeners would have written it
STREAM_COLUMNS[stat_case]="case_id, ticket, scope_key, street_id, station_id, deputy_id, category_id, block_id, channel, state, submitted_at,
    accepted_at, first_reply_at, closed_at, satisfaction, reopen_count, escalations, departments, open"
STREAM_SELECT[stat_case]="select c.id, c.ticket, c.scope_key, c.street_id, c.station_id, c.deputy_id, c.category_id, c.block_id, c.channel,
    c.state, c.submitted_at, c.accepted_at, c.first_reply_at, c.closed_at, c.satisfaction, (c.state = 'REOPENED')::int, 0,
    case when c.dispatched then array(select $DEPARTMENT from generate_series(1, 1 + (c.h % 3 = 0)::int) k order by k) else '{}' end,
    c.state not in ('CLOSED', 'EVALUATED', 'RESOLVED', 'PROPOSAL_ANSWERED', 'REJECTED', 'MERGED')
    from (select * from bench_cases({lo}, {hi}) offset 0) c"
