-- Module stats: its own copy of the figures, kept up to date by the events of the case loop in the same
-- transaction as each change (never a nightly batch that goes stale). Dashboards read only these tables.

-- One row per case: the dimensions and milestones the reports filter and break down by.
create table stat_case (
    case_id           bigint primary key,
    ticket            varchar(24)  not null,
    scope_key         varchar(400) not null,
    street_id         bigint       not null,
    station_id        bigint       not null,
    deputy_id         bigint,
    category_id       bigint       not null,
    block_id          bigint,
    channel           varchar(16)  not null,
    state             varchar(24)  not null,
    submitted_at      timestamptz  not null,
    accepted_at       timestamptz,
    first_reply_at    timestamptz,
    closed_at         timestamptz,
    satisfaction      varchar(24),
    reopen_count      int          not null default 0,
    escalations       int          not null default 0,
    departments       bigint[]     not null default '{}',
    open              boolean      not null default true
);
create index stat_case_scope_time on stat_case (scope_key varchar_pattern_ops, submitted_at);
create index stat_case_deputy_time on stat_case (deputy_id, submitted_at);
create index stat_case_station_time on stat_case (station_id, submitted_at);
create index stat_case_departments on stat_case using gin (departments);
create index stat_case_open on stat_case (scope_key varchar_pattern_ops, submitted_at) where open;
create index stat_case_open_station on stat_case (station_id, submitted_at) where open;
create index stat_case_open_deputy on stat_case (deputy_id, submitted_at) where open;

-- Monthly roll-up per street and per one dimension (dim 0: all; 1 station, 2 deputy, 3 category, 4 block,
-- 5 channel), counted in the month the thing happened. A few rows per street and month: any report over
-- any period and region is a sum over a handful of rows.
create table stat_monthly (
    month                  date     not null,
    street_id              bigint   not null,
    scope_key              varchar(400) not null,
    dim                    smallint not null,
    dim_id                 bigint   not null,
    received               int      not null default 0,
    accepted               int      not null default 0,
    rejected               int      not null default 0,
    closed                 int      not null default 0,
    close_hours_sum        double precision not null default 0,
    close_hist             int[]    not null,
    first_replies          int      not null default 0,
    first_reply_on_time    int      not null default 0,
    first_reply_hours_sum  double precision not null default 0,
    first_reply_hist       int[]    not null,
    review_done            int      not null default 0,
    review_on_time         int      not null default 0,
    resident_reply_done    int      not null default 0,
    resident_reply_on_time int      not null default 0,
    evaluated              int      not null default 0,
    satisfied              int      not null default 0,
    basically_satisfied    int      not null default 0,
    unsatisfied            int      not null default 0,
    reopened               int      not null default 0,
    escalations            int      not null default 0,
    primary key (month, street_id, dim, dim_id)
);
create index stat_monthly_scope on stat_monthly (scope_key varchar_pattern_ops, dim, month);

-- Departments' part, per street and month.
create table stat_department_monthly (
    month             date   not null,
    street_id         bigint not null,
    scope_key         varchar(400) not null,
    department_id     bigint not null,
    dispatched        int    not null default 0,
    reported          int    not null default 0,
    returned          int    not null default 0,
    done              int    not null default 0,
    done_on_time      int    not null default 0,
    handle_hours_sum  double precision not null default 0,
    escalations       int    not null default 0,
    primary key (month, street_id, department_id)
);
create index stat_department_monthly_scope on stat_department_monthly (scope_key varchar_pattern_ops, month);

-- Which department and case an assignment belongs to, for the events that name only the assignment.
create table stat_assignment (
    assignment_id bigint primary key,
    case_id       bigint not null,
    department_id bigint not null
);
