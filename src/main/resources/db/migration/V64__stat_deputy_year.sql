-- The deputies' league (履职公示) per deputy and year, kept by the statistics recorders with each change (the case
-- loop's counters in the year a case was received, receptions and activities in the year they were held, proposals in
-- the year they were submitted): a page of the league reads 50 rows of it in the order of an index, instead of summing
-- every deputy's months, receptions and activities of a year (100,016 deputies at province size: a statement timeout).
create table stat_deputy_year (
    year                   smallint     not null,
    deputy_id              bigint       not null,
    scope_key              varchar(400) not null,
    received               int          not null default 0,
    first_replies          int          not null default 0,
    first_reply_on_time    int          not null default 0,
    resident_reply_done    int          not null default 0,
    resident_reply_on_time int          not null default 0,
    evaluated              int          not null default 0,
    satisfied              int          not null default 0, -- fully or basically
    closed                 int          not null default 0,
    reopened               int          not null default 0,
    receptions             int          not null default 0,
    activities             int          not null default 0,
    proposals_led          int          not null default 0,
    primary key (year, deputy_id)
);

insert into stat_deputy_year (year, deputy_id, scope_key, received, first_replies, first_reply_on_time, resident_reply_done,
                              resident_reply_on_time, evaluated, satisfied, closed, reopened)
select extract(year from month), dim_id, min(scope_key), sum(received), sum(first_replies), sum(first_reply_on_time),
       sum(resident_reply_done), sum(resident_reply_on_time), sum(evaluated), sum(satisfied) + sum(basically_satisfied), sum(closed),
       sum(reopened)
from stat_monthly where dim = 2 and dim_id <> 0
group by 1, 2;

insert into stat_deputy_year (year, deputy_id, scope_key, receptions)
select extract(year from day), d, min(scope_key), count(*) from stat_reception, unnest(deputy_ids) d group by 1, 2
on conflict (year, deputy_id) do update set receptions = excluded.receptions;

insert into stat_deputy_year (year, deputy_id, scope_key, activities)
select extract(year from day), d, min(scope_key), count(*) from stat_activity, unnest(deputy_ids) d group by 1, 2
on conflict (year, deputy_id) do update set activities = excluded.activities;

insert into stat_deputy_year (year, deputy_id, scope_key, proposals_led)
select extract(year from submitted_at at time zone 'Asia/Shanghai'), lead_deputy_id, min(scope_key), count(*) from stat_proposal
group by 1, 2
on conflict (year, deputy_id) do update set proposals_led = excluded.proposals_led;

-- One index per column the league sorts by, holding only the deputies that column ranks (a count above 0, a rate over
-- at least one case; the page adds the minimum count); the region's scope key and the rate's denominator are in it, so
-- a page filtered by region reads the index alone until it has its rows.
create index stat_deputy_year_received on stat_deputy_year (year, received desc, deputy_id) include (scope_key) where received > 0;
create index stat_deputy_year_receptions on stat_deputy_year (year, receptions desc, deputy_id) include (scope_key) where receptions > 0;
create index stat_deputy_year_activities on stat_deputy_year (year, activities desc, deputy_id) include (scope_key) where activities > 0;
create index stat_deputy_year_proposals on stat_deputy_year (year, proposals_led desc, deputy_id) include (scope_key) where proposals_led > 0;
create index stat_deputy_year_first_reply on stat_deputy_year (year, (first_reply_on_time::float8 / first_replies) desc, deputy_id)
    include (scope_key, first_replies) where first_replies > 0;
create index stat_deputy_year_resident_reply on stat_deputy_year (year, (resident_reply_on_time::float8 / resident_reply_done) desc, deputy_id)
    include (scope_key, resident_reply_done) where resident_reply_done > 0;
create index stat_deputy_year_satisfaction on stat_deputy_year (year, (satisfied::float8 / evaluated) desc, deputy_id)
    include (scope_key, evaluated) where evaluated > 0;
create index stat_deputy_year_reopen on stat_deputy_year (year, (reopened::float8 / closed) desc, deputy_id)
    include (scope_key, closed) where closed > 0;
