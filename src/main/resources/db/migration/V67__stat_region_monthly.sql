-- The dashboards' and the yearly report's monthly totals and their breakdowns by category and channel for a whole region,
-- kept per region (its scope key; '' for everywhere) instead of per street: a province's year was 24,000 street-month rows
-- read from 16,000 scattered pages (0.2-1 s) for twelve months of figures; here it is twelve rows per slot, however many
-- streets the region has. Every change of a case adds to the rows of its street and of every region above it (the
-- prefixes of its scope key), in the dimensions whose values streets share: 0 all cases, 3 category, 5 channel (those
-- of one street only, its stations, deputies and blocks, stay in stat_monthly). Striped over slots like stat_monthly.
create table stat_region_monthly (
    month                  date         not null,
    scope_key              varchar(400) not null,
    dim                    smallint     not null,
    dim_id                 bigint       not null,
    slot                   smallint     not null default 0,
    received               int          not null default 0,
    accepted               int          not null default 0,
    rejected               int          not null default 0,
    closed                 int          not null default 0,
    close_hours_sum        double precision not null default 0,
    close_hist             int[]        not null,
    first_replies          int          not null default 0,
    first_reply_on_time    int          not null default 0,
    first_reply_hours_sum  double precision not null default 0,
    first_reply_hist       int[]        not null,
    review_done            int          not null default 0,
    review_on_time         int          not null default 0,
    resident_reply_done    int          not null default 0,
    resident_reply_on_time int          not null default 0,
    evaluated              int          not null default 0,
    satisfied              int          not null default 0,
    basically_satisfied    int          not null default 0,
    unsatisfied            int          not null default 0,
    reopened               int          not null default 0,
    escalations            int          not null default 0,
    followed_up            int          not null default 0,
    primary key (scope_key, dim, month, dim_id, slot)
);

-- Filled from the street rows already there: each row counted for its street's scope key and every prefix of it (the
-- histograms summed bucket by bucket: Histogram.SIZE, 19 buckets).
insert into stat_region_monthly (month, scope_key, dim, dim_id, slot, received, accepted, rejected, closed, close_hours_sum,
    close_hist, first_replies, first_reply_on_time, first_reply_hours_sum, first_reply_hist, review_done, review_on_time,
    resident_reply_done, resident_reply_on_time, evaluated, satisfied, basically_satisfied, unsatisfied, reopened, escalations,
    followed_up)
select m.month, left(m.scope_key, pos), m.dim, m.dim_id, 0, sum(received), sum(accepted), sum(rejected), sum(closed),
       sum(close_hours_sum),
       array[coalesce(sum(close_hist[1]), 0), coalesce(sum(close_hist[2]), 0), coalesce(sum(close_hist[3]), 0), coalesce(sum(close_hist[4]), 0), coalesce(sum(close_hist[5]), 0), coalesce(sum(close_hist[6]), 0), coalesce(sum(close_hist[7]), 0), coalesce(sum(close_hist[8]), 0), coalesce(sum(close_hist[9]), 0), coalesce(sum(close_hist[10]), 0), coalesce(sum(close_hist[11]), 0), coalesce(sum(close_hist[12]), 0), coalesce(sum(close_hist[13]), 0), coalesce(sum(close_hist[14]), 0), coalesce(sum(close_hist[15]), 0), coalesce(sum(close_hist[16]), 0), coalesce(sum(close_hist[17]), 0), coalesce(sum(close_hist[18]), 0), coalesce(sum(close_hist[19]), 0)],
       sum(first_replies), sum(first_reply_on_time), sum(first_reply_hours_sum),
       array[coalesce(sum(first_reply_hist[1]), 0), coalesce(sum(first_reply_hist[2]), 0), coalesce(sum(first_reply_hist[3]), 0), coalesce(sum(first_reply_hist[4]), 0), coalesce(sum(first_reply_hist[5]), 0), coalesce(sum(first_reply_hist[6]), 0), coalesce(sum(first_reply_hist[7]), 0), coalesce(sum(first_reply_hist[8]), 0), coalesce(sum(first_reply_hist[9]), 0), coalesce(sum(first_reply_hist[10]), 0), coalesce(sum(first_reply_hist[11]), 0), coalesce(sum(first_reply_hist[12]), 0), coalesce(sum(first_reply_hist[13]), 0), coalesce(sum(first_reply_hist[14]), 0), coalesce(sum(first_reply_hist[15]), 0), coalesce(sum(first_reply_hist[16]), 0), coalesce(sum(first_reply_hist[17]), 0), coalesce(sum(first_reply_hist[18]), 0), coalesce(sum(first_reply_hist[19]), 0)],
       sum(review_done), sum(review_on_time), sum(resident_reply_done), sum(resident_reply_on_time), sum(evaluated),
       sum(satisfied), sum(basically_satisfied), sum(unsatisfied), sum(reopened), sum(escalations), sum(followed_up)
from stat_monthly m, generate_series(0, length(m.scope_key)) pos
where m.dim in (0, 3, 5) and (pos = 0 or (pos > 1 and substr(m.scope_key, pos, 1) = '/'))
group by m.month, left(m.scope_key, pos), m.dim, m.dim_id;
