-- Levels (分级): the committee that holds a case for dispatch, and every hand-over between the committees of two levels
-- (转送 up from a street to its district or city, 退回 back down). The case stays its street's; the holder dispatches.
alter table cases
    add column holding_region_id bigint,      -- null: the committee of the case's own street
    add column holding_key       varchar(400); -- that region's scope key, for the holder's dispatch queue; null as above

create table case_transfer (
    id             bigserial primary key,
    case_id        bigint        not null references cases (id),
    from_region_id bigint        not null,
    to_region_id   bigint        not null,
    to_key         varchar(400)  not null, -- scope key of the receiving committee's region: what it may see
    upward         boolean       not null,
    reason         varchar(1000) not null,
    staff_user_id  bigint,
    created_at     timestamptz   not null
);
create index case_transfer_to on case_transfer (to_key, case_id);
create index case_transfer_case on case_transfer (case_id, id);
create index cases_holding on cases (holding_key varchar_pattern_ops) where holding_key is not null;
