-- The closed loop: review, replies, dispatch to departments, feedback, evaluation, reopen, proposals.

alter table cases
    add column pool              boolean      not null default false, -- left for the station, not one deputy
    add column scope_key         varchar(400) not null default '',    -- region path of the street, for data scope
    add column is_public         boolean      not null default false, -- the reviewer's decision
    add column accepted_at       timestamptz,
    add column first_reply_at    timestamptz,
    add column feedback_done_at  timestamptz,
    add column closed_at         timestamptz,
    add column evaluated_at      timestamptz,
    add column satisfaction      varchar(24),
    add column reopen_count      int          not null default 0,
    add column merged_into       bigint references cases (id),
    add column proposal_number   varchar(60),
    add column suggested_departments bigint[] not null default '{}';
create index cases_scope on cases (scope_key varchar_pattern_ops, state);
create index cases_public on cases (is_public, state, submitted_at desc);

-- One department's part of a dispatch (交办).
create table assignment (
    id               bigserial primary key,
    case_id          bigint       not null references cases (id),
    round            int          not null, -- dispatch round: a reopened case is dispatched again
    department_id    bigint       not null,
    department_name  varchar(100) not null,
    state            varchar(24)  not null,
    due_date         date         not null,
    instructions     varchar(1000),
    dispatched_at    timestamptz  not null,
    dispatched_by    bigint,
    reported_at      timestamptz,
    feedback         varchar(4000),
    return_reason    varchar(1000),
    extension_days   int,
    extension_reason varchar(1000)
);
create index assignment_case on assignment (case_id);
create index assignment_department_state on assignment (department_id, state);

-- Photos and other files attached to a timeline event (feedback photos …).
create table case_event_file (
    event_id bigint not null references case_event (id),
    position int    not null,
    file_id  uuid   not null,
    primary key (event_id, position)
);
