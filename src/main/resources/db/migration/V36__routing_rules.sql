-- The dispatch catalogue (派单目录): which department leads, which co-handle and in how many working days, per
-- committee region (street, district, city), category and area (street, community or block; the most specific wins).
create table routing_rule (
    id                bigserial primary key,
    owner_region_id   bigint   not null, -- the committee's region whose catalogue this is
    category_id       bigint   not null,
    area_id           bigint   not null, -- the owner region itself or a street, community, village or block below it
    lead_department_id bigint  not null,
    co_department_ids bigint[] not null default '{}',
    deadline_days     int      not null check (deadline_days between 1 and 60),
    updated_at        timestamptz not null default now(),
    updated_by        bigint,
    unique (owner_region_id, category_id, area_id)
);
create index routing_rule_lookup on routing_rule (category_id, area_id);
