-- 我也反映: residents who add themselves to an open public case instead of opening a new one, and residents whose own
-- message was merged into a case. Both follow the case (its later notices, its timeline, their own evaluation);
-- the wall shows only how many (1 + the rows here), never who.
create table case_supporter (
    id                   bigserial primary key,
    case_id              bigint       not null references cases (id),
    -- a merged resident keeps their own case, ticket, code and contact there; a supporter (from_case_id null) has them here
    from_case_id         bigint       unique references cases (id),
    ticket               varchar(24)  unique,
    query_code_hash      varchar(64),
    resident_name        varchar(50),
    resident_phone       varchar(20),
    comment              varchar(500),
    -- a random key from the join form: a double tap or a resent form adds the resident once
    submission_key       varchar(40)  unique,
    joined_at            timestamptz  not null,
    satisfaction         varchar(24),
    evaluation_comment   varchar(1000),
    evaluated_at         timestamptz,
    check ((from_case_id is null) = (ticket is not null and query_code_hash is not null))
);
create index case_supporter_case on case_supporter (case_id);

-- residents merged before this table existed follow their case too
insert into case_supporter (case_id, from_case_id, joined_at)
select merged_into, id, updated_at from cases where merged_into is not null;
