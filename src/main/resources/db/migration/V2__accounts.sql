-- Module accounts: staff who sign in. Residents never need an account.
create table staff_user (
    id            bigserial primary key,
    username      varchar(50)  not null unique,
    password_hash varchar(100) not null,
    display_name  varchar(50)  not null,
    roles         varchar(16)[] not null check (cardinality(roles) > 0),
    -- a DEPUTY user acts for one deputy, a DEPARTMENT user for one department
    deputy_id     bigint,
    department_id bigint,
    -- data scope: the region (street, district …) whose data the user may see
    region_id     bigint,
    phone         varchar(20),
    email         varchar(100),
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    check (not ('DEPUTY' = any (roles)) or deputy_id is not null),
    check (not ('DEPARTMENT' = any (roles)) or department_id is not null)
);
