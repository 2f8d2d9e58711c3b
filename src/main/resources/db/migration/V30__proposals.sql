-- Module proposals: the register of deputies' proposals (代表建议), their handling units, the cases they grew from,
-- their public timeline and the progress of A/B answers. Clocks are natural months from assignment (代表法).
create table proposal (
    id             bigserial primary key,
    level          varchar(20)  not null,
    congress       varchar(100),
    session        varchar(100),
    number         int,
    title          varchar(200) not null,
    body           text         not null,
    lead_deputy_id bigint       not null,
    station_id     bigint       not null,
    street_id      bigint       not null,
    scope_key      varchar(200) not null,
    state          varchar(20)  not null,
    difficult      boolean      not null default false,
    drafted_at     timestamptz  not null,
    submitted_at   timestamptz,
    assigned_at    timestamptz,
    due_date       date,
    answered_at    timestamptz,
    answered_on_time boolean,
    answer_class   varchar(1),
    answer_text    text,
    answer_file_id uuid,
    rehandled      boolean      not null default false,
    evaluation     varchar(30),
    evaluated_at   timestamptz,
    closed_at      timestamptz,
    warned_at      timestamptz,
    escalated_at   timestamptz,
    updated_at     timestamptz  not null,
    version        int          not null default 0,
    unique (congress, session, number)
);
create index proposal_open_clock on proposal (due_date) where state in ('ASSIGNED', 'REHANDLING');
create index proposal_lead on proposal (lead_deputy_id);
create index proposal_public on proposal (state, submitted_at desc);

create table proposal_cosigner (
    proposal_id bigint not null references proposal (id),
    deputy_id   bigint not null,
    primary key (proposal_id, deputy_id)
);
create index proposal_cosigner_deputy on proposal_cosigner (deputy_id);

-- many cases, one proposal; a case grows into at most one
create table proposal_case (
    proposal_id bigint      not null references proposal (id),
    case_id     bigint      not null unique,
    ticket      varchar(20) not null
);
create index proposal_case_proposal on proposal_case (proposal_id);

create table proposal_unit (
    proposal_id   bigint       not null references proposal (id),
    department_id bigint       not null,
    lead          boolean      not null,
    primary key (proposal_id, department_id)
);
create index proposal_unit_department on proposal_unit (department_id);

-- the proposal's own timeline, append-only like a case's
create table proposal_event (
    id          bigserial primary key,
    proposal_id bigint       not null references proposal (id),
    type        varchar(30)  not null,
    actor_name  varchar(100),
    occurred_at timestamptz  not null,
    body        text,
    public      boolean      not null
);
create index proposal_event_proposal on proposal_event (proposal_id, id);

create table proposal_progress (
    id          bigserial primary key,
    proposal_id bigint      not null references proposal (id),
    stage       varchar(20) not null,
    on_date     date        not null,
    note        text        not null,
    recorded_at timestamptz not null
);
create index proposal_progress_proposal on proposal_progress (proposal_id, on_date);

create table proposal_progress_photo (
    progress_id bigint not null references proposal_progress (id),
    position    int    not null,
    file_id     uuid   not null,
    primary key (progress_id, position)
);
