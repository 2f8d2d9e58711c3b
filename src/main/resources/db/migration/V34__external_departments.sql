-- Module connector: departments that handle their assignments in another system (a 12345 work-order platform)
-- reached through its Open311 GeoReport v2 endpoint. The key is the one that system issued to us.
create table external_department (
    department_id        bigint        primary key,
    platform_name        varchar(100)  not null,
    endpoint             varchar(500)  not null,
    api_key              varchar(200)  not null,
    jurisdiction_id      varchar(50),
    -- service_code for categories not in the mapping
    default_service_code varchar(50)   not null,
    -- one "category id=service_code" per line
    service_mapping      varchar(4000) not null default '',
    active               boolean       not null default true,
    updated_at           timestamptz   not null,
    updated_by           varchar(100)  not null
);
