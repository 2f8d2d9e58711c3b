-- Reply templates (常用语): a member of staff's own, or shared by the committee of a street with everyone working its cases.
create table reply_template (
    id            bigserial primary key,
    owner_user_id bigint,                  -- a personal template
    region_id     bigint,                  -- a template shared in the street
    title         varchar(50)   not null,
    body          varchar(2000) not null,
    created_by    bigint        not null,
    created_at    timestamptz   not null default now(),
    check ((owner_user_id is null) <> (region_id is null))
);
create index reply_template_owner on reply_template (owner_user_id) where owner_user_id is not null;
create index reply_template_region on reply_template (region_id) where region_id is not null;
