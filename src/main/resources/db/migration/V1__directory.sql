-- Module directory: the reference data every other module names by id.
-- Rows are deactivated, never deleted, so ids held elsewhere stay valid.

create table region (
    id         bigserial primary key,
    parent_id  bigint references region (id),
    level      varchar(16)  not null check (level in ('PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'VILLAGE', 'BLOCK')),
    name       varchar(100) not null,
    -- '/1/4/9/': ancestors and self, so a whole subtree is one indexed prefix match
    path       varchar(400) not null default '',
    active     boolean      not null default true,
    created_at timestamptz  not null default now()
);
create unique index region_sibling_name on region (coalesce(parent_id, 0), name);
create index region_path on region (path varchar_pattern_ops);
create index region_parent on region (parent_id);

create table constituency (
    id          bigserial primary key,
    region_id   bigint       not null references region (id),
    name        varchar(100) not null,
    description varchar(500),
    active      boolean      not null default true,
    unique (region_id, name)
);

create table committee (
    id         bigserial primary key,
    region_id  bigint       not null unique references region (id),
    name       varchar(100) not null,
    head_name  varchar(50),
    head_phone varchar(20),
    active     boolean      not null default true
);

create table station (
    id         bigserial primary key,
    region_id  bigint       not null references region (id),
    name       varchar(100) not null,
    address    varchar(200),
    phone      varchar(20),
    open_hours varchar(100),
    -- the station's own QR code leads residents to the station's pool
    code       varchar(16)  not null unique,
    active     boolean      not null default true,
    unique (region_id, name)
);

create table department (
    id        bigserial primary key,
    region_id bigint       not null references region (id),
    name      varchar(100) not null,
    level     varchar(16)  not null check (level in ('STREET', 'DISTRICT', 'CITY', 'PROVINCE')),
    phone     varchar(20),
    duties    varchar(500),
    active    boolean      not null default true,
    unique (region_id, name)
);

create table category (
    id         bigserial primary key,
    name       varchar(50) not null unique,
    sort_order int         not null default 0,
    active     boolean     not null default true
);

create table deputy (
    id              bigserial primary key,
    name            varchar(50)  not null,
    level           varchar(16)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP')),
    office_phone    varchar(20),
    constituency_id bigint references constituency (id),
    station_id      bigint       not null references station (id),
    photo_id        uuid,
    intro           varchar(300),
    term_start      date,
    term_end        date,
    -- exclusive, stable code printed on the deputy's sign as /d/{code}
    code            varchar(16)  not null unique,
    active          boolean      not null default true,
    created_at      timestamptz  not null default now(),
    check (term_end is null or term_start is null or term_end >= term_start)
);
create index deputy_station on deputy (station_id);

create table deputy_block (
    deputy_id bigint not null references deputy (id),
    block_id  bigint not null references region (id),
    primary key (deputy_id, block_id)
);
