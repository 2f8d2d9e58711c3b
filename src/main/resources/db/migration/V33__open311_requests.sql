-- Module open311: what a platform posted besides the message itself, and the token it follows the case by
-- until review gives it a public service_request_id (the ticket).
create table open311_request (
    token          varchar(32)   primary key,
    case_id        bigint        not null unique,
    api_key_id     bigint        not null references open311_api_key (id),
    lat            double precision,
    lon            double precision,
    address_string varchar(250),
    media_url      varchar(1000),
    device_id      varchar(100),
    account_id     varchar(100),
    created_at     timestamptz   not null
);
