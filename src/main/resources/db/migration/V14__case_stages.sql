-- Clocked stages of a case (review, first reply, each assignment, reply to the resident) with their
-- deadlines in working days, warnings and escalation (督办). One row per stage run; a reopened case or a
-- new dispatch opens new rows.
create table case_stage (
    id            bigserial primary key,
    case_id       bigint       not null references cases (id),
    stage         varchar(16)  not null check (stage in ('REVIEW', 'FIRST_REPLY', 'ASSIGNMENT', 'RESIDENT_REPLY')),
    assignment_id bigint references assignment (id),
    started_at    timestamptz  not null,
    due_at        timestamptz  not null, -- first instant after the last working day (exclusive)
    warn_at       timestamptz  not null, -- from here on it is "due soon"
    paused_at     timestamptz,
    pause_reason  varchar(500),
    completed_at  timestamptz,
    warned_at     timestamptz,           -- the due-soon warning went out (exactly once)
    escalated_at  timestamptz,           -- the overdue escalation went out (exactly once)
    check (stage <> 'ASSIGNMENT' or assignment_id is not null)
);
create index case_stage_case on case_stage (case_id);
create index case_stage_assignment on case_stage (assignment_id);
-- the scan only ever looks at open, running stages that still owe a warning or an escalation
create index case_stage_to_warn on case_stage (warn_at)
    where completed_at is null and paused_at is null and warned_at is null;
create index case_stage_to_escalate on case_stage (due_at)
    where completed_at is null and paused_at is null and escalated_at is null;
