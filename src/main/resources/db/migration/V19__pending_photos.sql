-- Photos of a message form that was refused (a field to fix): kept for a day under the form's submission key, so the
-- resident does not have to pick them again.
create table pending_photo (
    submission_key varchar(36)  not null,
    position       int          not null,
    content_type   varchar(50)  not null,
    content        bytea        not null,
    created_at     timestamptz  not null default now(),
    primary key (submission_key, position)
);
create index pending_photo_created on pending_photo (created_at);
