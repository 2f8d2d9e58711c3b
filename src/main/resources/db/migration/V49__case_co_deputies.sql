-- Joint deputies (联名代表): deputies of any level who join a case beside the responsible one. They see it in their
-- workbench and record; only the responsible deputy replies to the resident.
create table case_co_deputy (
    case_id   bigint      not null references cases (id),
    deputy_id bigint      not null,
    joined_at timestamptz not null,
    primary key (case_id, deputy_id)
);
create index case_co_deputy_deputy on case_co_deputy (deputy_id, case_id);
