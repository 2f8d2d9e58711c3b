-- Module connector: the outbox of assignments handed over to an external department's system. One row per assignment
-- (unique), written in the dispatch's transaction, so each assignment is handed over exactly once; the row then
-- follows the remote request until it is closed and its notes are back as feedback.
create table external_handover (
    id              bigserial     primary key,
    assignment_id   bigint        not null unique,
    department_id   bigint        not null,
    -- PENDING: to be posted; SENT: posted, being followed; DONE: feedback received; FAILED: gave up, see last_error
    status          varchar(16)   not null check (status in ('PENDING', 'SENT', 'DONE', 'FAILED')),
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    token           varchar(100),
    remote_id       varchar(100),
    -- the last status note already recorded on the timeline, so each note is recorded once
    last_note       varchar(4000),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index external_handover_due on external_handover (status, next_attempt_at);
